import Foundation
import ParleyCore

/// The check `check-config`, startup and reload apply to every model file: it must load as a negotiation model
/// (`NegotiationModel.load`), so a typo in a model is caught before the daemon starts, not on first report.
public enum ModelFileCheck {
    public static let standard: ConfigLoader.ModelCheck = { path in
        do {
            return .negotiation(try ModelFiles.load(path).id)
        } catch {
            return .problem("not a usable negotiation model: \(error)")
        }
    }
}
