import Foundation

/// The model check `check-config` and startup apply to the `model` file: it must be a JSON object.
/// (The daemon loads it with the core's loader at startup; this catches the common mistakes first.)
public enum ModelFileCheck {
    public static let standard: ConfigLoader.ModelCheck = { path in
        guard let data = FileManager.default.contents(atPath: path) else { return "cannot read \(path)" }
        do {
            guard try JSONSerialization.jsonObject(with: data) is [String: Any] else {
                return "not a negotiation model (expected a JSON object): \(path)"
            }
        } catch {
            return "not valid JSON: \(path): \(error.localizedDescription)"
        }
        return nil
    }
}
