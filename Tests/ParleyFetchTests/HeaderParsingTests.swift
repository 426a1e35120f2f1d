import Foundation
import ParleyFetch
import Testing

/// The pure helpers under the fetcher: HTTP dates and the address policy.
@Suite struct HeaderParsingTests {
    static let reference = Date(timeIntervalSince1970: 784_111_777)  // Sun, 06 Nov 1994 08:49:37 GMT

    @Test(arguments: [
        "Sun, 06 Nov 1994 08:49:37 GMT",  // IMF-fixdate
        "Sunday, 06-Nov-94 08:49:37 GMT",  // obsolete RFC 850
        "Sun Nov  6 08:49:37 1994",  // asctime
    ])
    func httpDateForms(text: String) {
        #expect(HTTPDate.parse(text) == Self.reference)
    }

    @Test(arguments: ["", "yesterday", "Sun, 32 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 25:00:00 GMT",
                            "Sun, 06 Nov 99999999999999999999 08:49:37 GMT", "Sun, 06 Nov 9223372036854775807 08:49:37 GMT",
                            "Sun, 06 Nov 1994 99999999999999999999:49:37 GMT"])
    func invalidHTTPDates(text: String) {
        #expect(HTTPDate.parse(text) == nil)
    }

    @Test func formatRoundTrips() {
        #expect(HTTPDate.format(Self.reference) == "Sun, 06 Nov 1994 08:49:37 GMT")
    }

    struct AddressCase: Sendable, CustomTestStringConvertible {
        let bytes: [UInt8]
        let special: Bool
        var testDescription: String { bytes.map(String.init).joined(separator: ".") }
    }

    @Test(arguments: [
        AddressCase(bytes: [127, 0, 0, 1], special: true),
        AddressCase(bytes: [10, 1, 2, 3], special: true),
        AddressCase(bytes: [172, 16, 0, 1], special: true),
        AddressCase(bytes: [172, 32, 0, 1], special: false),
        AddressCase(bytes: [192, 168, 1, 1], special: true),
        AddressCase(bytes: [169, 254, 169, 254], special: true),  // cloud metadata
        AddressCase(bytes: [100, 64, 0, 1], special: true),
        AddressCase(bytes: [0, 0, 0, 0], special: true),
        AddressCase(bytes: [93, 184, 216, 34], special: false),
        AddressCase(bytes: [8, 8, 8, 8], special: false),
    ])
    func ipv4Policy(_ testCase: AddressCase) {
        #expect((AddressPolicy.specialUseIPv4(testCase.bytes) != nil) == testCase.special)
    }

    @Test func ipv6Policy() {
        var loopback = [UInt8](repeating: 0, count: 16)
        loopback[15] = 1
        #expect(AddressPolicy.specialUseIPv6(loopback) == "loopback")
        let mappedPrivate: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 192, 168, 0, 1]
        #expect(AddressPolicy.specialUseIPv6(mappedPrivate) == "private")
        let linkLocal: [UInt8] = [0xFE, 0x80] + [UInt8](repeating: 0, count: 13) + [1]
        #expect(AddressPolicy.specialUseIPv6(linkLocal) == "link-local")
        let ula: [UInt8] = [0xFD, 0x12] + [UInt8](repeating: 0, count: 14)
        #expect(AddressPolicy.specialUseIPv6(ula) == "private (ULA)")
        let global: [UInt8] = [0x26, 0x06, 0x28, 0x00, 0x02, 0x20, 0, 1, 0x2, 0x48, 0x18, 0x93, 0x25, 0xC8, 0x19, 0x46]
        #expect(AddressPolicy.specialUseIPv6(global) == nil)
    }
}
