/// Turns UTF-32 input into UTF-8 chunk by chunk, for libxml2, which does not read UTF-32 itself.
struct UTF32Transcoder {
    let bigEndian: Bool
    private var carry: [UInt8] = []
    private var skippedBOM = false

    init(bigEndian: Bool) {
        self.bigEndian = bigEndian
    }

    /// The UTF-8 of the complete code units in `carry` + `chunk`; a partial unit is kept for later.
    mutating func transcode(_ chunk: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var input = carry
        input.append(contentsOf: chunk)
        let whole = input.count / 4 * 4
        carry = Array(input[whole...])
        var output: [UInt8] = []
        output.reserveCapacity(whole / 4 + 16)
        var index = 0
        while index < whole {
            let b0 = UInt32(input[index]), b1 = UInt32(input[index + 1])
            let b2 = UInt32(input[index + 2]), b3 = UInt32(input[index + 3])
            let value = bigEndian ? b0 << 24 | b1 << 16 | b2 << 8 | b3 : b3 << 24 | b2 << 16 | b1 << 8 | b0
            index += 4
            if !skippedBOM {
                skippedBOM = true
                if value == 0xFEFF { continue }
            }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            output.append(contentsOf: UTF8.encode(scalar).map { Array($0) } ?? [])
        }
        return output
    }
}
