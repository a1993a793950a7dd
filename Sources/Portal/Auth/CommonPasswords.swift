/// Passwords too common to accept, compared without case.
///
/// The top of public breach lists, plus what people in Indonesia choose (words for God,
/// love, the country, cities and football clubs). Only the 8-character-and-longer ones matter,
/// since shorter ones fail the length rule first.
enum CommonPasswords {
    static func contains(_ lowered: String) -> Bool {
        list.contains(lowered)
    }

    private static let list: Set<String> = [
        "password", "password1", "password12", "password123", "password1234", "passw0rd", "p@ssw0rd", "p@ssword",
        "12345678", "123456789", "1234567890", "12345678910", "0123456789", "87654321", "987654321", "11111111",
        "00000000", "88888888", "12341234", "11223344", "123123123", "123456789a", "1q2w3e4r", "1q2w3e4r5t",
        "qwertyui", "qwertyuiop", "qwerty123", "qwerty12345", "asdfghjk", "asdfghjkl", "zxcvbnm1", "iloveyou",
        "iloveyou1", "sunshine", "princess", "football", "baseball", "superman", "starwars", "trustno1",
        "whatever", "welcome1", "welcome123", "letmein1", "abcd1234", "abc12345", "abcdefgh", "aaaaaaaa",
        "admin123", "administrator", "changeme", "computer", "internet", "michelle", "jennifer", "1qaz2wsx",
        "bismillah", "bismillah123", "alhamdulillah", "assalamualaikum", "subhanallah", "masyaallah", "insyaallah",
        "indonesia", "indonesia1", "indonesia123", "merahputih", "garuda123", "pancasila", "jakarta123",
        "bandung123", "surabaya123", "yogyakarta", "sayangku", "sayang123", "cintaku", "aku cinta kamu",
        "akucintakamu", "rahasia123", "rahasia1", "katasandi", "katasandi123", "persija", "persib1933",
        "persebaya", "arema1987", "bobotoh", "jakmania", "doraemon", "naruto123", "kucing123", "anjing123",
        "imigrasi", "imigrasi123", "paspor123", "goid1234", "apoa1234", "dirjenimigrasi",
    ]
}
