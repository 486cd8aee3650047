import Foundation

extension Sequence where Element == UInt8 {
    /// Lower-case hex, two digits a byte: how signatures, chain values and content hashes are written.
    ///
    /// ```swift
    /// [0x0f, 0xa0].hex   // "0fa0"
    /// ```
    var hex: String { map { String(format: "%02x", $0) }.joined() }
}
