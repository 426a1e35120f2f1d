import Foundation
import ParleyCore

/// Builds the request body of one alert for an endpoint's format.
public enum WebhookMessage {
    /// The body for `format`. `alertJSON` is the stored alert line: the generic format sends it unchanged so
    /// webhook receivers and the alert log see the same bytes.
    public static func body(alertJSON: String, format: WebhookFormat) throws -> Data {
        switch format {
        case .generic:
            return Data(alertJSON.utf8)
        case .slack, .discord:
            let alert = try AlertCoding.decoder().decode(Alert.self, from: Data(alertJSON.utf8))
            // Sorted keys: the same alert gives the same bytes on every run (and in the golden files).
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return format == .slack ? try encoder.encode(SlackMessage(alert)) : try encoder.encode(DiscordMessage(alert))
        }
    }

    /// "Notable · prisoner-exchange · party ukraine · confidence 0.80" — shared by the chat formats.
    static func context(_ alert: Alert) -> String {
        var parts = [alert.severity.rawValue.capitalized, alert.issue]
        if let party = alert.party {
            parts.append("party \(party)")
        }
        parts.append("confidence \(String(format: "%.2f", alert.confidence))")
        if alert.corroboratingSources > 1 {
            parts.append("\(alert.corroboratingSources) sources")
        }
        return parts.joined(separator: " · ")
    }
}
