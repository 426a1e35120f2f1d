import Foundation
import ParleyCore

/// The check `check-config` and startup apply to the `model` file: it must load as a negotiation model
/// (`NegotiationModel.load`), so a typo in the model is caught before the daemon starts, not on first report.
public enum ModelFileCheck {
    public static let standard: ConfigLoader.ModelCheck = { path in
        guard let data = FileManager.default.contents(atPath: path) else { return "cannot read \(path)" }
        do {
            _ = try NegotiationModel.load(from: data)
        } catch {
            return "not a usable negotiation model: \(path): \(error)"
        }
        return nil
    }
}
