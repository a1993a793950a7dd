/// An immigration office (Kantor Imigrasi) where people go for biometrics and interviews.
public enum Office: String, CaseIterable, Sendable {
    case jakartaSelatan = "jakarta-selatan"
    case jakartaPusat = "jakarta-pusat"
    case soekarnoHatta = "soekarno-hatta"
    case surabaya
    case denpasar
    case medan
    case makassar

    /// The office's name as people know it.
    public var name: String {
        switch self {
        case .jakartaSelatan: "Kantor Imigrasi Kelas I Khusus Jakarta Selatan"
        case .jakartaPusat: "Kantor Imigrasi Kelas I Khusus Jakarta Pusat"
        case .soekarnoHatta: "Kantor Imigrasi Kelas I Khusus Soekarno-Hatta"
        case .surabaya: "Kantor Imigrasi Kelas I Khusus Surabaya"
        case .denpasar: "Kantor Imigrasi Kelas I Khusus Ngurah Rai"
        case .medan: "Kantor Imigrasi Kelas I Khusus Medan"
        case .makassar: "Kantor Imigrasi Kelas I Khusus Makassar"
        }
    }

    /// Appointments the office takes in one day.
    public var dailyCapacity: Int {
        switch self {
        case .jakartaSelatan: 120
        case .jakartaPusat: 100
        case .soekarnoHatta: 80
        case .surabaya: 90
        case .denpasar: 70
        case .medan: 60
        case .makassar: 50
        }
    }
}

/// A booked visit to an office.
public struct Appointment: Equatable, Sendable {
    public let id: Int64
    public let application: Int64
    public let office: Office
    public let purpose: AppointmentPurpose
    /// When the person is expected.
    public let at: Instant
    public internal(set) var status: AppointmentStatus

    public init(id: Int64, application: Int64, office: Office, purpose: AppointmentPurpose, at: Instant,
                status: AppointmentStatus = .booked) {
        self.id = id
        self.application = application
        self.office = office
        self.purpose = purpose
        self.at = at
        self.status = status
    }
}

/// Where an appointment stands.
public enum AppointmentStatus: String, CaseIterable, Sendable {
    case booked
    case attended
    case missed
    /// The application was closed (withdrawn, decided) before the visit: the slot is free again.
    case cancelled
}

extension Appointment {
    /// Cancels a visit still booked once its application is closed; returns whether it did.
    /// Kept by whoever holds the appointments (the world, the simulator), after a move.
    public mutating func cancel(ifClosed application: Application) -> Bool {
        guard status == .booked, application.state.isClosed, application.id == self.application else { return false }
        status = .cancelled
        return true
    }
}
