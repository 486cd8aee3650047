// The Screening module; see docs/design.md.
import HotseatCore
