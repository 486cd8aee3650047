// The Scenarios module; see docs/design.md.
import HotseatCore
