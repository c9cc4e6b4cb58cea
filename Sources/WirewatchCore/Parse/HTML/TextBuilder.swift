/// Accumulates converted text, collapsing white space and limiting breaks to one blank line.
struct TextBuilder {
    private var bytes: [UInt8] = []
    /// Pending separator before the next visible character: 0 none, 1 space, 2 line, 3 paragraph.
    private var pending = 0

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func space() { pending = max(pending, 1) }
    mutating func lineBreak() { pending = max(pending, 2) }
    mutating func paragraph() { pending = 3 }

    /// Appends one byte of text; white space becomes a pending space unless preserved.
    @inline(__always)
    mutating func append(_ byte: UInt8, preserveSpace: Bool) {
        if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
            if preserveSpace && byte == 0x0A {
                pending = max(pending, 2)
            } else {
                pending = max(pending, 1)
            }
            return
        }
        if byte < 0x20 || byte == 0x7F { return }  // control characters are not text
        flushPending()
        bytes.append(byte)
    }

    /// Appends a run of bytes that holds no white space.
    @inline(__always)
    mutating func appendRun(_ run: UnsafeBufferPointer<UInt8>) {
        flushPending()
        bytes.append(contentsOf: run)
    }

    /// Appends decoded text (from a character reference).
    mutating func appendText(_ text: String) {
        if text == "\u{A0}" {
            pending = max(pending, 1)
            return
        }
        for byte in text.utf8 {
            if byte == 0x0A {
                pending = max(pending, 2)
            } else if byte == 0x20 || byte == 0x09 {
                pending = max(pending, 1)
            } else {
                flushPending()
                bytes.append(byte)
            }
        }
    }

    @inline(__always)
    private mutating func flushPending() {
        guard pending > 0 else { return }
        if !bytes.isEmpty {
            switch pending {
            case 1: bytes.append(0x20)
            case 2: bytes.append(0x0A)
            default: bytes.append(contentsOf: [0x0A, 0x0A])
            }
        }
        pending = 0
    }

    /// The text, without leading or trailing white space.
    mutating func finish() -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
