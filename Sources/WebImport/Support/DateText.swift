/// Dates as feeds and pages write them (RFC 822 as in RSS, ISO 8601 / W3C-DTF as in Atom and
/// meta tags), turned into ISO 8601 in UTC: "2024-03-05T14:30:00Z".
enum DateText {
    static func iso8601(_ text: String) -> String? {
        let trimmed = WhiteSpace.collapse(text)
        guard !trimmed.isEmpty else { return nil }
        if let first = trimmed.unicodeScalars.first, ("0"..."9").contains(first), let value = parseISO(trimmed) { return value }
        return parseRFC822(trimmed)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// "2024-03-05", "2024-03-05T14:30:00+01:00", "2024-03-05 14:30:00.123Z", "20240305".
    private static func parseISO(_ text: String) -> String? {
        var scanner = Scanner(text)
        guard let year = scanner.number(digits: 4) else { return nil }
        scanner.skip("-")
        guard let month = scanner.number(digits: 2) else { return format(year: year, month: 1, day: 1, seconds: 0, offset: 0) }
        scanner.skip("-")
        let day = scanner.number(digits: 2) ?? 1
        var seconds = 0, offset = 0
        if scanner.skip("T") || scanner.skip(" ") {
            guard let hour = scanner.number(digits: 2) else { return nil }
            scanner.skip(":")
            let minute = scanner.number(digits: 2) ?? 0
            scanner.skip(":")
            let second = scanner.number(digits: 2) ?? 0
            if scanner.skip(".") || scanner.skip(",") { while scanner.number(digits: 1) != nil {} }
            seconds = hour * 3600 + minute * 60 + second
            offset = scanner.zone() ?? 0
        }
        return format(year: year, month: month, day: day, seconds: seconds, offset: offset)
    }

    /// "Tue, 10 Jun 2003 04:00:00 GMT", "10 Jun 2003 04:00 +0200", "Jun 10, 2003".
    private static func parseRFC822(_ text: String) -> String? {
        let words = text.replacingCommas().split(separator: " ").map(String.init)
        var day: Int?, month: Int?, year: Int?, seconds = 0, offset = 0
        for word in words {
            let lower = word.lowercased()
            if let index = months.firstIndex(where: { lower.hasPrefix($0) }), month == nil {
                month = index + 1
            } else if word.hasPrefix("+") || word.hasPrefix("-"), let zone = Self.zone(of: word) {
                offset = zone
            } else if word.contains(":") {
                // "10:00:00", but also ":" or "99999999999:1" in a damaged feed: two digits a part at most.
                let parts = word.split(separator: ":", omittingEmptySubsequences: false).prefix(3).map { $0.count <= 2 ? Int($0) ?? 0 : 0 }
                seconds = parts[0] * 3600 + (parts.count > 1 ? parts[1] * 60 : 0) + (parts.count > 2 ? parts[2] : 0)
            } else if word.count <= 4, let number = Int(word) {
                if word.count == 4 { year = number } else if day == nil { day = number } else if year == nil { year = number < 50 ? 2000 + number : 1900 + number }
            } else if let zone = Self.zone(of: word) {
                offset = zone
            } else if let zone = namedZones[word.uppercased()] {
                offset = zone * 3600
            }
        }
        guard let day, let month, let year else { return nil }
        return format(year: year, month: month, day: day, seconds: seconds, offset: offset)
    }

    private static func zone(of word: String) -> Int? {
        var scanner = Scanner(word)
        return scanner.zone()
    }

    private static let namedZones: [String: Int] = [
        "GMT": 0, "UT": 0, "UTC": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
        "BST": 1, "CET": 1, "CEST": 2,
    ]

    /// The instant in UTC, from a local time and its offset from UTC in seconds.
    private static func format(year: Int, month: Int, day: Int, seconds: Int, offset: Int) -> String? {
        guard (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day), (0..<(86_400 + 61)).contains(seconds) else { return nil }
        var total = daysFromCivil(year: year, month: month, day: day) * 86_400 + seconds - offset
        let days = Int((Double(total) / 86_400).rounded(.down))
        total -= days * 86_400
        let (y, m, d) = civilFromDays(days)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let yearText = String(repeating: "0", count: max(0, 4 - String(y).count)) + String(y)
        return "\(yearText)-\(two(m))-\(two(d))T\(two(total / 3600)):\(two(total % 3600 / 60)):\(two(total % 60))Z"
    }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp + (mp < 10 ? 3 : -9)
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Reads numbers and signs from the front of a string.
    private struct Scanner {
        var scalars: [Unicode.Scalar]
        var index = 0

        init(_ text: String) { scalars = Array(text.unicodeScalars) }

        mutating func number(digits: Int) -> Int? {
            var value = 0
            for offset in 0..<digits {
                guard index + offset < scalars.count, let digit = Int(String(scalars[index + offset])) else { return nil }
                value = value * 10 + digit
            }
            index += digits
            return value
        }

        @discardableResult
        mutating func skip(_ character: Unicode.Scalar) -> Bool {
            guard index < scalars.count, scalars[index] == character else { return false }
            index += 1
            return true
        }

        /// "Z", "+01:00", "-0500", "+01"; nil when something else follows.
        mutating func zone() -> Int? {
            if skip("Z") || skip("z") { return 0 }
            let sign: Int
            if skip("+") { sign = 1 } else if skip("-") { sign = -1 } else { return index == scalars.count ? 0 : nil }
            guard let hours = number(digits: 2) else { return nil }
            skip(":")
            let minutes = number(digits: 2) ?? 0
            return sign * (hours * 3600 + minutes * 60)
        }
    }
}

extension String {
    fileprivate func replacingCommas() -> String {
        String(unicodeScalars.map { $0 == "," ? " " : Character($0) })
    }
}
