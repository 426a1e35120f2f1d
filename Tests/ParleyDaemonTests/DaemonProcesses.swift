import Testing

/// Every suite that runs the real `parley` executable nests in here, so they run one at a time: each starts
/// daemons (a debug build, polling every 150 ms) and several at once would load a 2-core CI machine enough to
/// disturb other targets' timing-sensitive tests.
@Suite(.serialized)
enum DaemonProcesses {}
