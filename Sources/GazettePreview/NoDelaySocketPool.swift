import FlyingFox
import FlyingSocks
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// FlyingFox's socket pool, with Nagle's algorithm turned off on every socket that passes through it.
///
/// FlyingFox writes a response's head and body in two writes. With Nagle on, the body waits for the browser to
/// acknowledge the head, and the browser delays that acknowledgement by about 40 ms on Linux, on every request of a
/// kept-alive connection: the preview's page update makes two or three. The listening socket passes through the pool
/// while it waits for connections, and on Linux the sockets it accepts inherit the option; connections that wait for
/// a request pass through it themselves.
struct NoDelaySocketPool<Pool: AsyncSocketPool>: AsyncSocketPool {
    let pool: Pool

    func prepare() async throws {
        try await pool.prepare()
    }

    func run() async throws {
        try await pool.run()
    }

    func suspendSocket(_ socket: Socket, untilReadyFor events: Socket.Events) async throws {
        // Not every socket is a TCP one (a failure here only leaves Nagle on).
        try? socket.setValue(true, for: BoolSocketOption(level: Int32(IPPROTO_TCP), name: TCP_NODELAY))
        try await pool.suspendSocket(socket, untilReadyFor: events)
    }
}
