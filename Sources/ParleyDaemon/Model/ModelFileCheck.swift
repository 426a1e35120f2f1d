import Foundation
import ParleyCore

/// The check `check-config` and startup apply to the `model` file: it must load as a negotiation model
/// (`NegotiationModel.load`), so a typo in the model is caught before the daemon starts, not on first report.
public enum ModelFileCheck {
    public static let standard: ConfigLoader.ModelCheck = { path in
        do {
            _ = try ModelFiles.load(path)
        } catch {
            return "not a usable negotiation model: \(error)"
        }
        return nil
    }
}
