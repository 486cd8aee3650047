// The Store module; see docs/design.md.
import HotseatCore
