/// How to read an all-numeric date whose first two fields could both be a month: `1/2/2024`
/// is January 2 read month first (the US habit) and 1 February read day first (most of the
/// rest of the world). Config key `date_order`. A date that is valid in only one order
/// (`24.01.2024`, `1/24/2024`) is read in that order whatever the setting.
public enum DateOrder: String, Sendable, CaseIterable {
    case monthFirst = "month_first"
    case dayFirst = "day_first"
}
