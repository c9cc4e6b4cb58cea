import CCrypto

/// SHA-256 (FIPS 180-4), used to identify inputs and derive deterministic record ids.
///
/// Backed by OpenSSL's libcrypto, which uses the CPU's SHA extensions (about 2 GB/s here):
/// every input is hashed whole before its first record, so the hash must not be the slow part.
/// A value holds one running hash; do not copy it between `update` calls.
public struct SHA256 {
    private final class Context {
        let pointer: OpaquePointer?

        init() {
            pointer = EVP_MD_CTX_new()
            if let pointer { EVP_DigestInit_ex(pointer, EVP_sha256(), nil) }
        }

        deinit { EVP_MD_CTX_free(pointer) }
    }

    private let context = Context()

    public init() {}

    /// Hashes `bytes` in one call and returns the lower-case hex digest.
    public static func hex<C: Collection>(of bytes: C) -> String where C.Element == UInt8 {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalizeHex()
    }

    /// Hashes the UTF-8 bytes of `string`.
    public static func hex(of string: String) -> String {
        hex(of: Array(string.utf8))
    }

    /// Feeds more bytes.
    public mutating func update<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        if bytes.withContiguousStorageIfAvailable({ update(contiguous: $0) }) != nil { return }
        let copy = Array(bytes)
        copy.withUnsafeBufferPointer { update(contiguous: $0) }
    }

    private func update(contiguous bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        EVP_DigestUpdate(context.pointer, base, bytes.count)
    }

    /// Finishes the hash and returns its 32 bytes.
    public mutating func finalize() -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        digest.withUnsafeMutableBufferPointer { buffer in
            _ = EVP_DigestFinal_ex(context.pointer, buffer.baseAddress, &length)
        }
        return digest
    }

    /// Finishes the hash and returns it as lower-case hex.
    public mutating func finalizeHex() -> String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in finalize() {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 15)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
