import Foundation

/// `88.8%` for a share of 0.888.
func percent(_ share: Double) -> String {
    String(format: "%.1f%%", share * 100)
}

/// A measured value for JSON output: four decimal places are as many as anyone reads.
func fourPlaces(_ value: Double) -> Double {
    (value * 10_000).rounded() / 10_000
}
