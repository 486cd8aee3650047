// The Drill module; see docs/design.md.
import HotseatCore
