import Foundation
import ParleyTestSupport
import Testing
@testable import ParleyCore

/// `FixedFormat` prints what `String(format:)` prints (it replaced it in the scorer's reasons and the date keys, so
/// explanations and alerts stay byte for byte the same): on exact ties (half to even on the binary value), on the
/// doubles either side of each tie, on values that only look like ties (0.15 is just below), on negatives and
/// negative zero, on large values and on a seeded stream of random ones.
@Suite struct FixedFormatTests {
    static func expectSame(_ value: Double, sourceLocation: SourceLocation = #_sourceLocation) {
        for digits in 0...3 {
            #expect(FixedFormat.fixed(value, digits: digits) == String(format: "%.\(digits)f", value),
                    "\(value) with \(digits) digits", sourceLocation: sourceLocation)
            #expect(FixedFormat.fixed(value, digits: digits, sign: true) == String(format: "%+.\(digits)f", value),
                    "\(value) with \(digits) digits and a sign", sourceLocation: sourceLocation)
        }
    }

    @Test func tiesAndTheirNeighbours() {
        for k in -400...400 {
            for tie in [Double(k) / 2, Double(k) / 20, Double(k) / 200, Double(k) / 2000, Double(k) / 8] {
                for value in [tie, tie.nextUp, tie.nextDown] { Self.expectSame(value) }
            }
        }
    }

    @Test func signsZerosAndLargeValues() {
        for value in [0.0, -0.0, 0.04, -0.04, -0.05, -0.5, -1.5, 2.5, 0.15, 0.25, 0.35, 1e-300, -1e-300, 4.5e15, 1e17,
                      -2.2e18, Double.infinity, -Double.infinity, Double.nan, Double.greatestFiniteMagnitude] {
            Self.expectSame(value)
        }
    }

    @Test func seededRandomValues() {
        var generator = SplitMix(seed: 12)
        for _ in 0..<20_000 {
            let scale = [1.0, 10, 100, 1000, 1e6, 1e12][Int(generator.next() % 6)]
            let value = (Double(generator.next() % 2_000_001) / 1_000_000 - 1) * scale
            Self.expectSame(value)
            Self.expectSame(Double(bitPattern: 0x3F00_0000_0000_0000 | (generator.next() >> 12)) * 3)
        }
    }

    @Test func paddedIntegers() {
        for value in [0, 1, 9, 10, 99, 100, 999, 1000, 2025, 12345, -1, -12] {
            #expect(FixedFormat.padded(value, 2) == String(format: "%02d", value))
            #expect(FixedFormat.padded(value, 4) == String(format: "%04d", value))
        }
    }
}
