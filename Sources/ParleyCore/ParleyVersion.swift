/// Parley's version: the one place it is written. `parley --version` and the fetcher's User-Agent read it.
public enum ParleyVersion {
    public static let current = "0.1.0"
}
