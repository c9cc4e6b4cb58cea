/// The version of Wirewatch, written in failure sidecars and printed by `--version`.
public enum WirewatchVersion {
    public static let current = "0.1.0"
}
