// The Authoring module; see docs/design.md.
import HotseatCore
