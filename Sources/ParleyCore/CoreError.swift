/// The one error type of ParleyCore.
public enum CoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A model file that cannot be used, with what is wrong and where.
    case invalidModel(reason: String)

    public var description: String {
        switch self {
        case .invalidModel(let reason): return "negotiation model: \(reason)"
        }
    }
}
