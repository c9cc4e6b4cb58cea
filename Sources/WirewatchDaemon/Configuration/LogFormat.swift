/// How log lines on standard error look.
public enum LogFormat: String, Sendable, CaseIterable {
    /// `journal` when standard error is connected to the journal, else `text`.
    case auto
    /// `<N>message` lines, N the syslog priority journald reads.
    case journal
    /// Time, level, message and fields for a person.
    case text
    /// One JSON object per line.
    case json
}
