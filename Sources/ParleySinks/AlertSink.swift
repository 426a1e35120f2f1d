import Foundation
/// A destination of alerts with its own delivery loop: the alert log and each webhook endpoint. The daemon
/// runs each `run()` as its own service, so a dead endpoint never delays the log or the other endpoints,
/// and rings each sink's `doorbell` after committing new alerts.
public protocol AlertSink: Sendable {
    /// The sink's name in the outbox (the deliveries committed for it).
    var name: String { get }
    var doorbell: DeliveryDoorbell { get }
    /// Delivers pending deliveries in order until the task is cancelled; returns then (graceful shutdown
    /// leaves undelivered ones pending for the next start).
    func run() async
}

/// Told of deliveries done: the sink's name, when each delivery was created (its alert committed), and when they
/// were delivered. The daemon's metrics use it for the delivery latency.
public typealias DeliveryObserver = @Sendable (_ sink: String, _ created: [Date], _ deliveredAt: Date) -> Void
