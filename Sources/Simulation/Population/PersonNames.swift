/// The words simulated people's names are made of: common Indonesian given and family names,
/// and common names abroad for foreigners.
enum PersonNames {
    static let indonesianGiven = [
        "ani", "budi", "citra", "dewi", "eko", "fitri", "gilang", "hendra", "indah", "joko", "kartika", "lestari",
        "made", "nur", "putri", "rizki", "sari", "teguh", "umar", "wahyu", "yuni", "agus", "bambang", "dian",
        "endang", "fajar", "gita", "hadi", "intan", "ketut", "lina", "muhammad", "nanda", "oki", "purnama",
        "rahmat", "siti", "tri", "utami", "wayan", "yoga", "zahra", "adi", "bayu", "dimas", "ayu", "rina", "arif",
    ]
    static let indonesianFamily = [
        "wijaya", "santoso", "pratama", "saputra", "hidayat", "nugroho", "kusuma", "setiawan", "wibowo", "susanto",
        "gunawan", "halim", "siregar", "nasution", "harahap", "sitompul", "simanjuntak", "lubis", "putra", "rahman",
        "hakim", "suryadi", "permana", "utomo", "hartono", "tanjung", "firmansyah", "kurniawan", "rahayu", "purba",
        "sembiring", "ginting", "tambunan", "wahyudi", "maulana", "irawan", "sugiarto", "lim", "tan", "wirawan",
    ]
    static let foreignGiven = [
        "jan", "emma", "liam", "sophie", "hiroshi", "yuki", "wei", "mei", "james", "olivia", "lucas", "mia",
        "ahmad", "fatima", "raj", "priya", "kim", "minji", "oliver", "chloe", "noah", "lena", "pierre", "ana",
    ]
    static let foreignFamily = [
        "devries", "jansen", "smith", "brown", "tanaka", "sato", "wang", "chen", "nguyen", "kumar", "sharma",
        "park", "lee", "mueller", "schmidt", "martin", "dubois", "garcia", "rossi", "johnson", "wilson", "ali",
    ]
    /// Mail domains under `.example`, reserved for examples: simulated mail must never look like a
    /// real person's address.
    static let mailDomains = ["mail.example", "surel.example", "kantor.example", "kampus.example"]
    /// Regions (province + regency codes) NIKs begin with: Jakarta, Bandung, Surabaya, Medan, Makassar, Denpasar.
    static let regions = ["317101", "317402", "327301", "357801", "127101", "737101", "517101", "347101"]
}
