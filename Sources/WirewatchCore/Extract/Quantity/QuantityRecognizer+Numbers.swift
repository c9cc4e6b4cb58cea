/// Numbers as written in news: digits with separators and attached scales, number words,
/// "a million", "half a dozen", ranges in one token ("20-25"), units written against the number
/// ("12cm", "10.75p") and fractions ("two thirds of", "three out of four").
extension QuantityRecognizer {
    /// A number at `start`: value, tokens used, approximate.
    func number(_ lower: [String], _ start: Int) -> (Double, Int, Bool)? {
        guard start < lower.count else { return nil }
        let word = lower[start]
        func next(_ offset: Int) -> String? { start + offset < lower.count ? lower[start + offset] : nil }
        var value: Double
        var used = 1
        if word == "a" || word == "an" || word == "one" {
            if next(1) == "dozen" { return (12, 2, true) }
            // "a million copies", "a hundred people".
            if word != "an", let scaleWord = next(1), scaleWord.utf8.count > 2, let scale = QuantityVocabulary.scales[scaleWord], scale >= 100 {
                return (scale, 2, false)
            }
            if word == "one" {
                value = 1
            } else {
                return nil
            }
        } else if word == "half", next(1) == "a" || next(1) == "an", let scale = next(2), scale == "dozen" || (QuantityVocabulary.scales[scale] ?? 0) >= 100 {
            // "half a dozen" is six; "half a million" 500,000.
            return ((scale == "dozen" ? 12 : QuantityVocabulary.scales[scale] ?? 0) / 2, 3, true)
        } else if word == "dozen" {
            return (12, 1, true)
        } else if let scale = QuantityVocabulary.vagueScales[word], next(1) == "of" {
            // "hundreds of millions of dollars": 100,000,000, approximately.
            if let larger = next(2).flatMap({ QuantityVocabulary.vagueScales[$0] }), larger > scale {
                return (scale * larger, next(3) == "of" ? 4 : 3, true)
            }
            return (scale, 2, true)
        } else if let parsed = Self.digits(word) {
            value = parsed
        } else if let small = Self.hyphenated(word) ?? QuantityVocabulary.smallNumbers[word] {
            value = small
            if small >= 20, small.truncatingRemainder(dividingBy: 10) == 0, let unit = next(1).flatMap({ QuantityVocabulary.smallNumbers[$0] }), unit < 10 {
                value += unit
                used = 2
            }
        } else {
            return nil
        }
        // Scales: "1.2 million", "three hundred", "1.13bn" (suffix handled in digits()).
        while let scaleWord = next(used), let scale = QuantityVocabulary.scales[scaleWord], scale >= 100 || scaleWord == "bn" {
            value *= scale
            used += 1
        }
        return (value, used, false)
    }

    /// Digits with thousands separators, decimals, and an attached scale (`1.13bn`, `600m`).
    static func digits(_ word: String) -> Double? {
        let bytes = Array(word.utf8)
        var count = bytes.count
        var scale: Double = 1
        for (suffix, factor) in Self.scaleSuffixes where count > suffix.count && bytes[(count - suffix.count)...].elementsEqual(suffix) {
            if bytes[count - suffix.count - 1] &- 0x30 < 10 {
                count -= suffix.count
                scale = factor
                break
            }
        }
        guard count > 0, bytes[0] &- 0x30 < 10 else { return nil }
        // Decimal digits as an integer and a count of decimals, so that 16.4bn is exactly
        // 16400000000 (16.4 * 1e9 in binary is 16399999999.999998). "1,200" is twelve hundred;
        // a comma followed by other than three digits is not a number.
        var mantissa = 0
        var significant = 0
        var decimals = 0
        var inFraction = false
        var groupDigits = -1
        for byte in bytes[..<count] {
            if byte &- 0x30 < 10 {
                if mantissa > 0 || byte != UInt8(ascii: "0") { significant += 1 }
                guard significant <= 17 else { return nil }
                mantissa = mantissa * 10 + Int(byte &- 0x30)
                if inFraction { decimals += 1 } else if groupDigits >= 0 { groupDigits += 1 }
            } else if byte == UInt8(ascii: ","), !inFraction, groupDigits == -1 || groupDigits == 3 {
                groupDigits = 0
            } else if byte == UInt8(ascii: "."), !inFraction, groupDigits == -1 || groupDigits == 3 {
                inFraction = true
            } else {
                return nil
            }
        }
        if groupDigits >= 0, groupDigits != 3 { return nil }
        var divisor = 1.0
        for _ in 0..<decimals { divisor *= 10 }
        let result = Double(mantissa) * scale / divisor
        return result.isFinite ? result : nil
    }

    private static let scaleSuffixes: [([UInt8], Double)] = [(Array("bn".utf8), 1e9), (Array("tn".utf8), 1e12), (Array("m".utf8), 1e6), (Array("k".utf8), 1e3)]

    /// "sixty-five", "twenty-four".
    static func hyphenated(_ word: String) -> Double? {
        guard word.utf8.contains(UInt8(ascii: "-")) else { return nil }
        let parts = word.split(separator: "-")
        guard parts.count == 2, let tens = QuantityVocabulary.smallNumbers[String(parts[0])],
            let units = QuantityVocabulary.smallNumbers[String(parts[1])], tens >= 20, units < 10
        else { return nil }
        return tens + units
    }

    /// A range in one token, lower end first: "20-25", "30–40".
    /// A scale written after the upper end counts for both: "10-25m" is 10 to 25 million. Two
    /// years ("2001-2003") are a period, not a range of counts.
    static func rangeToken(_ word: String) -> (Double, Double)? {
        guard let dash = word.firstIndex(where: { $0 == "-" || $0 == "–" }) else { return nil }
        let lowText = String(word[..<dash])
        let highText = String(word[word.index(after: dash)...])
        guard var low = digits(lowText), let high = digits(highText), let plainHigh = digits(String(highText.prefix { $0.isNumber || $0 == "." || $0 == "," }))
        else { return nil }
        if lowText.utf8.count == 4, (1900...2099).contains(Int(low)) { return nil }
        if lowText.last?.isNumber == true, plainHigh > 0 { low *= high / plainHigh }
        return low < high ? (low, high) : nil
    }

    /// A number with a unit written against it: "12cm" -> (12, "cm"), "10.75p", "102-inch".
    static func glued(_ word: String) -> (Double, String)? {
        guard let first = word.utf8.first, first &- 0x30 < 10 else { return nil }
        let split = word.firstIndex { !($0.isASCII && ($0.isNumber || $0 == "." || $0 == ",")) } ?? word.endIndex
        guard split < word.endIndex, let value = digits(String(word[..<split])) else { return nil }
        var unit = word[split...]
        if unit.first == "-" { unit = unit.dropFirst() }
        let name = String(unit)
        guard QuantityVocabulary.gluedMeasures.contains(name) || name == "p" || (word[split] == "-" && QuantityVocabulary.measures[name] != nil)
        else { return nil }
        return (value, name)
    }

    /// A fraction at `start`: "two thirds of", "a quarter of", "half of", "two-thirds of"
    /// (value, tokens used up to the denominator); "three out of four", "one in five"
    /// (value, tokens used). The "of" is not part of the quantity.
    func fraction(_ lower: [String], _ blocked: [Bool], _ start: Int) -> (Double, Int)? {
        func word(_ k: Int) -> String? { k < lower.count && !blocked[k] ? lower[k] : nil }
        guard let first = word(start) else { return nil }
        // "half of", "more than half of".
        if first == "half", word(start + 1) == "of" { return (0.5, 1) }
        // "two-thirds of", "three-quarters of".
        if first.utf8.contains(UInt8(ascii: "-")), word(start + 1) == "of" {
            let parts = first.split(separator: "-")
            if parts.count == 2, let top = QuantityVocabulary.smallNumbers[String(parts[0])], let bottom = QuantityVocabulary.denominators[String(parts[1])] {
                return (top / bottom, 1)
            }
        }
        // "a third of", "two thirds of"; not "a third term".
        let top = first == "a" ? 1 : QuantityVocabulary.smallNumbers[first]
        if let top, let name = word(start + 1), let bottom = QuantityVocabulary.denominators[name], word(start + 2) == "of", top < bottom {
            return (top / bottom, 2)
        }
        // "three out of four", "one in five", "one in every ten".
        if let (top, used, _) = number(lower, start), used == 1, top >= 1 {
            var k = start + 1
            if word(k) == "out", word(k + 1) == "of" {
                k += 2
            } else if word(k) == "in" {
                k += 1
                if word(k) == "every" { k += 1 }
            } else {
                return nil
            }
            guard word(k) != nil, let (bottom, bottomUsed, _) = number(lower, k), bottom > top, lower[k] != "a", lower[k] != "an" else { return nil }
            // "one in 2004" is a year.
            if bottomUsed == 1, lower[k].count == 4, (1900...2099).contains(Int(bottom)) { return nil }
            return (top / bottom, k + bottomUsed - start)
        }
        return nil
    }
}
