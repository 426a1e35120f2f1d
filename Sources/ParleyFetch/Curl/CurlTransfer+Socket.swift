import CCurl
import Foundation

#if canImport(Glibc)
import Glibc
#endif

extension CurlTransfer {
    /// CURLOPT_OPENSOCKETFUNCTION: sees the exact address libcurl is about to connect to, on every hop and for
    /// every DNS answer, so a public name that resolves to a private address cannot slip through.
    func openCheckedSocket(_ address: UnsafeMutablePointer<curl_sockaddr>) -> curl_socket_t {
        let family = address.pointee.family
        let offset = MemoryLayout<curl_sockaddr>.offset(of: \curl_sockaddr.addr) ?? 16
        let raw = UnsafeRawPointer(address) + offset
        var refusal: String?
        if family == AF_INET {
            // struct sockaddr_in: family (2), port (2), address (4)
            let bytes = (0..<4).map { raw.load(fromByteOffset: 4 + $0, as: UInt8.self) }
            if let kind = AddressPolicy.specialUseIPv4(bytes) { refusal = "\(AddressPolicy.text(ipv4: bytes)) (\(kind))" }
        } else if family == AF_INET6 {
            // struct sockaddr_in6: family (2), port (2), flowinfo (4), address (16)
            let bytes = (0..<16).map { raw.load(fromByteOffset: 8 + $0, as: UInt8.self) }
            if let kind = AddressPolicy.specialUseIPv6(bytes) { refusal = "\(AddressPolicy.text(ipv6: bytes)) (\(kind))" }
        } else {
            refusal = "address family \(family)"
        }
        if let refusal {
            refusedAddress = refusal
            return CURL_SOCKET_BAD
        }
        return socket(family, address.pointee.socktype, address.pointee.protocol)
    }
}
