import Portal

extension PageText {
    /// Bahasa Indonesia.
    static let indonesian = PageText(
        skipLink: "Langsung ke isi utama",
        pageTitle: { "Status \($0)" },
        lastUpdated: "Terakhir diperbarui",
        timesIn: { "Semua waktu dalam \($0) (\($1))." },
        otherLanguage: "English",
        overall: { status in
            switch status {
            case .operational: "Semua sistem berjalan normal"
            case .degraded: "Sebagian layanan lebih lambat dari biasanya"
            case .partialOutage: "Sebagian layanan mengalami gangguan"
            case .majorOutage: "Terjadi gangguan besar pada layanan"
            case .underMaintenance: "Pemeliharaan sedang berlangsung"
            }
        },
        currentIncidents: "Insiden yang sedang berlangsung",
        maintenance: "Pemeliharaan",
        noMaintenance: "Tidak ada pemeliharaan yang sedang berlangsung atau terjadwal.",
        components: "Komponen",
        pastIncidents: "Riwayat insiden",
        noPastIncidents: "Tidak ada insiden yang tercatat.",
        affects: "Komponen terdampak",
        starts: "Mulai",
        ends: "Selesai",
        repeats: "Berulang",
        started: "Dimulai",
        resolved: "Diselesaikan",
        status: { status in
            switch status {
            case .operational: "Beroperasi normal"
            case .degraded: "Kinerja menurun"
            case .partialOutage: "Gangguan sebagian"
            case .majorOutage: "Gangguan besar"
            case .underMaintenance: "Dalam pemeliharaan"
            }
        },
        maintenanceStatus: { status in
            switch status {
            case .scheduled: "Terjadwal"
            case .inProgress: "Sedang berlangsung"
            }
        },
        incidentStatus: { status in
            switch status {
            case .investigating: "Sedang diselidiki"
            case .identified: "Penyebab ditemukan"
            case .monitoring: "Dalam pemantauan"
            case .resolved: "Selesai"
            }
        },
        component: { component in
            switch component {
            case .auth: "Masuk (GO ID)"
            case .captcha: "CAPTCHA"
            case .smsGateway: "Pengiriman SMS"
            case .email: "Pengiriman email"
            case .applications: "Permohonan"
            case .documents: "Unggah dokumen"
            case .payments: "Pembayaran"
            }
        },
        uptimeSummary: { "\($0) beroperasi normal dalam \($1) hari terakhir" },
        uptimeNoData: "Belum ada data",
        dayLabel: { "\($0): \($1) beroperasi normal, terburuk: \($2)" },
        dayWithoutData: { "\($0): tidak ada data" },
        daysAgo: { "\($0) hari lalu" },
        today: "Hari ini",
        troubleDays: "Hari yang tidak sepenuhnya normal",
        noTroubleDays: "Beroperasi normal setiap hari.",
        legend: "Keterangan warna",
        noData: "Tidak ada data",
        subscribe: "Ikuti lewat feed Atom",
        json: "Status dalam JSON",
        madeBy: "Dibuat oleh APOA Desk.",
        decimalSeparator: ",")
}
