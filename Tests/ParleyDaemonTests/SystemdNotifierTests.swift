import Foundation
import Testing
@testable import ParleyDaemon
#if canImport(Glibc)
import Glibc
#endif

extension DaemonProcesses {
    /// sd_notify messages reach a real AF_UNIX datagram socket, named by a path or (with '@') in the abstract
    /// namespace, exactly as systemd would receive them.
    @Suite("systemd notify socket")
    struct SystemdNotifierTests {
        /// A bound datagram socket standing in for systemd's notify socket.
        final class Receiver {
            let fd: Int32
            let name: String

            init(abstract: Bool) throws {
                fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
                let unique = "parley-notify-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
                name = abstract ? "@" + unique : FileManager.default.temporaryDirectory.appendingPathComponent(unique).path
                var address = sockaddr_un()
                address.sun_family = sa_family_t(AF_UNIX)
                var bytes = Array(name.utf8)
                if abstract { bytes[0] = 0 }
                withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
                let length = MemoryLayout<sockaddr_un>.offset(of: \.sun_path)! + bytes.count + (abstract ? 0 : 1)
                let bound = withUnsafePointer(to: &address) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(length)) }
                }
                guard bound == 0 else { throw POSIXError(.EADDRINUSE) }
            }

            /// The next datagram, waiting up to `timeout` without blocking a thread of the shared concurrency pool
            /// (other tests' loopback servers run on it).
            func receive(timeout: Duration = .seconds(5)) async -> String? {
                let deadline = ContinuousClock.now + timeout
                var buffer = [UInt8](repeating: 0, count: 4096)
                while ContinuousClock.now < deadline {
                    let count = recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT))
                    if count > 0 { return String(decoding: buffer.prefix(count), as: UTF8.self) }
                    try? await Task.sleep(for: .milliseconds(10))
                }
                return nil
            }

            deinit {
                close(fd)
                if !name.hasPrefix("@") { unlink(name) }
            }
        }

        @Test(arguments: [false, true])
        func messagesArriveAsDatagrams(abstract: Bool) async throws {
            let receiver = try Receiver(abstract: abstract)
            let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": receiver.name])
            #expect(notifier.isEnabled)

            #expect(notifier.ready(status: "polling 3 feeds"))
            #expect(await receiver.receive() == "READY=1\nSTATUS=polling 3 feeds")

            #expect(notifier.reloading())
            let reloading = try #require(await receiver.receive())
            let lines = reloading.split(separator: "\n")
            #expect(lines.first == "RELOADING=1")
            let usec = try #require(lines.last.flatMap { Int64($0.dropFirst("MONOTONIC_USEC=".count)) })
            #expect(usec > 0 && usec <= SystemdNotifier.monotonicMicroseconds())

            #expect(notifier.watchdog())
            #expect(await receiver.receive() == "WATCHDOG=1")
            #expect(notifier.stopping())
            #expect(await receiver.receive() == "STOPPING=1")
        }

        /// The real daemon under a stand-in for systemd (Type=notify, WatchdogSec): READY=1 once running, WATCHDOG=1
        /// pings, RELOADING=1 then READY=1 around a SIGHUP (its STATUS= counting the feeds the reload added),
        /// STOPPING=1 on SIGTERM, then a clean exit.
        @Test(.timeLimit(.minutes(1)), DaemonProcess.available)
        func daemonSpeaksTheNotifyProtocol() async throws {
            let receiver = try Receiver(abstract: true)
            let newsroom = Newsroom()
            try await newsroom.start()
            defer { Task { await newsroom.shutdown() } }
            newsroom.publish(feed: "notify", reports: [])
            newsroom.publish(feed: "added", reports: [])
            let directory = try TestDirectory("notify")
            try directory.write("parley.yaml", DaemonConfigText.make(
                directory: directory, feeds: [newsroom.feedURL("notify")], hookURL: nil))
            let daemon = try DaemonProcess(["run", "--config", directory.path("parley.yaml")],
                                           stderrPath: directory.url.appendingPathComponent("daemon.log"),
                                           environment: ["NOTIFY_SOCKET": receiver.name, "WATCHDOG_USEC": "400000"])
            var messages: [String] = []
            func receive(until prefix: String) async {
                while let message = await receiver.receive() {
                    messages.append(message)
                    if message.hasPrefix(prefix) { return }
                }
            }
            await receive(until: "READY=1")
            await receive(until: "WATCHDOG=1")
            await receive(until: "WATCHDOG=1")
            try directory.write("parley.yaml", DaemonConfigText.make(
                directory: directory, feeds: [newsroom.feedURL("notify"), newsroom.feedURL("added")], hookURL: nil))
            daemon.signal(SIGHUP)
            await receive(until: "RELOADING=1")
            await receive(until: "READY=1")
            let readyAfterReload = messages.last ?? ""
            daemon.signal(SIGTERM)
            await receive(until: "STOPPING=1")
            let exit = await daemon.wait(timeout: .seconds(15))

            let kinds = messages.map { String($0.prefix { $0 != "\n" }) }
            #expect(kinds.first == "READY=1", "\(kinds)")
            #expect(kinds.filter { $0 == "WATCHDOG=1" }.count >= 2, "\(kinds)")
            #expect(kinds.contains("RELOADING=1"), "\(kinds)")
            let reloading = try #require(messages.first { $0.hasPrefix("RELOADING=1") })
            #expect(reloading.contains("\nMONOTONIC_USEC="))
            #expect(messages.first?.contains("STATUS=polling 1 feed(s)") == true, "\(messages)")
            #expect(readyAfterReload.contains("STATUS=polling 2 feed(s)"), "\(messages)")
            #expect(kinds.last == "STOPPING=1", "\(kinds)")
            #expect(exit?.status == 0, "\(daemon.output.suffix(2000))")
        }

        @Test func withoutNotifySocketNothingIsSent() {
            let notifier = SystemdNotifier(environment: [:])
            #expect(!notifier.isEnabled)
            #expect(!notifier.ready())
            #expect(notifier.watchdogInterval == nil)
        }

        @Test func watchdogIntervalIsHalfOfWatchdogUsecForThisProcess() {
            let mine = SystemdNotifier(environment: ["WATCHDOG_USEC": "60000000", "WATCHDOG_PID": "\(getpid())"])
            #expect(mine.watchdogInterval == .seconds(30))
            let other = SystemdNotifier(environment: ["WATCHDOG_USEC": "60000000", "WATCHDOG_PID": "1"])
            #expect(other.watchdogInterval == nil)
        }
    }
}
