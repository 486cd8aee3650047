// The Reports module; see docs/design.md.
import HotseatCore
