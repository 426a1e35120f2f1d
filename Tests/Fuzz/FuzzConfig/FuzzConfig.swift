import ParleyDaemon

/// libFuzzer entry: text through the config reader (`parley check-config`, `parley run`, SIGHUP reload): the
/// bounds pre-scan, Yams, and every setting's conversion. The model check is left out (it reads a file).
/// Built only by `.ci/fuzz`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    do {
        _ = try ConfigLoader().parse(text, file: "/nonexistent/parley-fuzz/parley.yaml")
    } catch {
        _ = error.problems.map(\.description)
    }
    return 0
}
