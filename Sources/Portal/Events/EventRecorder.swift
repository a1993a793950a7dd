/// Where the portal's rules put the events they produce.
///
/// Generic rather than a closure so that the simulator's recorders (counting, buffering)
/// are specialised into the rules and cost no call through a function pointer.
public protocol EventRecorder {
    /// Takes one event, in the order it happened. Consumed, not borrowed: the rules build each
    /// event only to hand it over, and a borrowed one cost a copy and a destroy of the whole
    /// event (strings, detail) on every login.
    mutating func record(_ event: consuming Event)
}

/// Keeps every event in memory: for the desk, where one command makes a handful.
public struct EventList: EventRecorder, Sendable {
    /// The events, oldest first.
    public private(set) var events: [Event] = []

    /// An empty list.
    public init() {}

    /// Appends the event.
    public mutating func record(_ event: consuming Event) {
        events.append(event)
    }
}
