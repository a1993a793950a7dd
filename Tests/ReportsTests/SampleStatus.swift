import Portal
import Reports

/// A status page input like a bad Wednesday: the SMS gateway is down, e-mail is slow, document
/// uploads are under maintenance, a weekly login maintenance is coming and one incident is past.
enum SampleStatus {
    /// A time written with its offset, for readable fixtures.
    static func at(_ text: String) -> Instant {
        guard let instant = try? Instant(iso8601: text) else { preconditionFailure("bad fixture time \(text)") }
        return instant
    }

    /// 2026-12-02 10:15 WIB.
    static let generated = at("2026-12-02T10:15:00+07:00")
    /// The world began on 2026-11-06, so the first bars of the 30 have no data.
    static let recordSince = at("2026-11-06T00:00:00+07:00")

    /// Every status change of the month: incidents, maintenance, the odd random failure.
    static let periods: [StatusPeriod] = [
        StatusPeriod(component: .auth, starts: at("2026-11-20T07:40:00+07:00"), ends: at("2026-11-20T09:10:00+07:00"),
                     status: .majorOutage),
        StatusPeriod(component: .auth, starts: at("2026-11-29T01:00:00+07:00"), ends: at("2026-11-29T03:00:00+07:00"),
                     status: .underMaintenance),
        StatusPeriod(component: .captcha, starts: at("2026-11-20T08:00:00+07:00"), ends: at("2026-11-20T08:30:00+07:00"),
                     status: .degraded),
        StatusPeriod(component: .smsGateway, starts: at("2026-11-14T13:00:00+07:00"), ends: at("2026-11-14T13:20:00+07:00"),
                     status: .partialOutage),
        StatusPeriod(component: .smsGateway, starts: at("2026-12-02T08:00:00+07:00"), ends: generated,
                     status: .majorOutage),
        StatusPeriod(component: .email, starts: at("2026-12-02T09:00:00+07:00"), ends: generated, status: .degraded),
        StatusPeriod(component: .applications, starts: at("2026-11-29T01:00:00+07:00"), ends: at("2026-11-29T03:00:00+07:00"),
                     status: .underMaintenance),
        StatusPeriod(component: .documents, starts: at("2026-12-02T10:00:00+07:00"), ends: generated,
                     status: .underMaintenance),
        StatusPeriod(component: .payments, starts: at("2026-11-25T23:30:00+07:00"), ends: at("2026-11-26T00:45:00+07:00"),
                     status: .partialOutage),
    ]

    /// Status now, by component.
    static let statusNow: [Component: ComponentStatus] = [
        .smsGateway: .majorOutage, .email: .degraded, .documents: .underMaintenance,
    ]

    /// The sample in `language`; `otherLanguageURL` links the twin page.
    static func input(_ language: StatusPage.Language, otherLanguageURL: String? = nil) -> StatusPage.Input {
        let isIndonesian = language == .indonesian
        let components = Component.allCases.map { component in
            StatusPage.ComponentState(
                component: component, status: statusNow[component] ?? .operational,
                uptime: UptimeDay.history(
                    of: component, periods: periods, endingAt: generated, in: .jakarta, recordSince: recordSince))
        }
        let maintenance = [
            StatusPage.Maintenance(
                id: "41",
                title: isIndonesian ? "Pemeliharaan mingguan layanan masuk" : "Weekly login maintenance",
                body: isIndonesian
                    ? "Masuk dan permohonan tidak dapat digunakan selama pemeliharaan. Simpan pekerjaan Anda sebelumnya."
                    : "Login and applications are unavailable during maintenance. Save your work before it starts.",
                components: [.auth, .applications],
                starts: at("2026-12-06T01:00:00+07:00"), ends: at("2026-12-06T03:00:00+07:00"), status: .scheduled,
                recurrence: isIndonesian ? "Setiap Minggu, 01.00–03.00 WIB" : "Every Sunday, 01:00–03:00 WIB",
                updated: at("2026-11-22T16:00:00+07:00")),
            StatusPage.Maintenance(
                id: "44",
                title: isIndonesian ? "Peningkatan penyimpanan dokumen" : "Document storage upgrade",
                body: isIndonesian
                    ? "Unggah dokumen dihentikan sementara. Permohonan yang sudah dikirim tidak terpengaruh."
                    : "Document uploads are paused. Applications already submitted are not affected.",
                components: [.documents],
                starts: at("2026-12-02T10:00:00+07:00"), ends: at("2026-12-02T12:00:00+07:00"), status: .inProgress,
                updated: at("2026-12-02T10:00:00+07:00")),
        ]
        let incidents = [
            StatusPage.Incident(
                id: "45",
                title: isIndonesian ? "Kode OTP lewat SMS tidak terkirim" : "One-time codes by SMS are not delivered",
                components: [.smsGateway], started: at("2026-12-02T08:00:00+07:00"),
                updates: [
                    StatusPage.IncidentUpdate(
                        status: .investigating,
                        message: isIndonesian
                            ? "Kami sedang menyelidiki laporan bahwa kode OTP lewat SMS tidak sampai."
                            : "We are looking into reports that one-time codes sent by SMS do not arrive.",
                        at: at("2026-12-02T08:12:00+07:00")),
                    StatusPage.IncidentUpdate(
                        status: .identified,
                        message: isIndonesian
                            ? "Penyedia SMS mengalami gangguan. Sementara itu, pilih kode lewat email saat masuk."
                            : "Our SMS provider has an outage. Meanwhile, choose a code by e-mail when you log in.",
                        at: at("2026-12-02T09:05:00+07:00")),
                ]),
            StatusPage.Incident(
                id: "38",
                title: isIndonesian ? "Gagal masuk untuk sebagian pengguna" : "Login failures for some users",
                components: [.auth, .captcha], started: at("2026-11-20T07:40:00+07:00"),
                updates: [
                    StatusPage.IncidentUpdate(
                        status: .investigating,
                        message: isIndonesian ? "Sebagian pengguna tidak dapat masuk." : "Some users cannot log in.",
                        at: at("2026-11-20T07:55:00+07:00")),
                    StatusPage.IncidentUpdate(
                        status: .monitoring,
                        message: isIndonesian
                            ? "Perbaikan sudah diterapkan; kami memantau hasilnya."
                            : "A fix is in place; we are watching the results.",
                        at: at("2026-11-20T09:10:00+07:00")),
                    StatusPage.IncidentUpdate(
                        status: .resolved,
                        message: isIndonesian ? "Layanan masuk kembali normal." : "Login works normally again.",
                        at: at("2026-11-20T10:00:00+07:00")),
                ]),
        ]
        return StatusPage.Input(
            portalName: "APOA", language: language, generated: generated, zone: .jakarta,
            otherLanguageURL: otherLanguageURL, components: components, maintenance: maintenance, incidents: incidents)
    }
}
