// The Rubric module; see docs/design.md.
import HotseatCore
