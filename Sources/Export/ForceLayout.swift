#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A deterministic spring layout (Fruchterman and Reingold's): connected nodes pull together,
/// every pair pushes apart, a weak pull to the centre keeps loose nodes in sight. The same
/// network always gets the same picture: nodes start on a circle in their order.
struct ForceLayout {
    struct Point: Equatable {
        var x: Double
        var y: Double
    }

    var iterations = 300
    /// How far apart unconnected nodes push each other, in multiples of the natural distance.
    var spread = 1.6

    /// Positions in the unit square, one per node.
    func positions(nodeCount: Int, edges: [(Int, Int, Double)]) -> [Point] {
        guard nodeCount > 1 else { return Array(repeating: Point(x: 0.5, y: 0.5), count: nodeCount) }
        var points = (0..<nodeCount).map { index -> Point in
            let angle = 2 * Double.pi * Double(index) / Double(nodeCount)
            // A little spiral, so that no two start exactly opposite and balance each other out.
            let radius = 0.35 + 0.1 * Double(index % 7) / 7
            return Point(x: 0.5 + radius * cos(angle), y: 0.5 + radius * sin(angle))
        }
        let k = (1.0 / Double(nodeCount)).squareRoot()
        var temperature = 0.1
        let cooling = temperature / Double(iterations + 1)
        var shift = [Point](repeating: Point(x: 0, y: 0), count: nodeCount)
        for _ in 0..<iterations {
            for i in 0..<nodeCount { shift[i] = Point(x: 0, y: 0) }
            for i in 0..<nodeCount {
                for j in (i + 1)..<nodeCount {
                    var dx = points[i].x - points[j].x, dy = points[i].y - points[j].y
                    var distance = (dx * dx + dy * dy).squareRoot()
                    if distance < 1e-6 { (dx, dy, distance) = (1e-3 * Double(i - j), 1e-3, 1e-3) }
                    let force = spread * spread * k * k / distance
                    shift[i].x += dx / distance * force; shift[i].y += dy / distance * force
                    shift[j].x -= dx / distance * force; shift[j].y -= dy / distance * force
                }
            }
            for (a, b, weight) in edges where a != b {
                let dx = points[a].x - points[b].x, dy = points[a].y - points[b].y
                let distance = max((dx * dx + dy * dy).squareRoot(), 1e-6)
                let force = distance * distance / k * (1 + 0.25 * log(max(weight, 1)))
                shift[a].x -= dx / distance * force; shift[a].y -= dy / distance * force
                shift[b].x += dx / distance * force; shift[b].y += dy / distance * force
            }
            for i in 0..<nodeCount {
                shift[i].x += (0.5 - points[i].x) * k * 0.5
                shift[i].y += (0.5 - points[i].y) * k * 0.5
                let length = max((shift[i].x * shift[i].x + shift[i].y * shift[i].y).squareRoot(), 1e-9)
                let step = min(length, temperature)
                points[i].x += shift[i].x / length * step
                points[i].y += shift[i].y / length * step
            }
            temperature -= cooling
        }
        return fitted(points)
    }

    /// The points scaled to fill the unit square, keeping their proportions.
    private func fitted(_ points: [Point]) -> [Point] {
        let xs = points.map(\.x), ys = points.map(\.y)
        let minX = xs.min()!, maxX = xs.max()!, minY = ys.min()!, maxY = ys.max()!
        let span = max(maxX - minX, maxY - minY, 1e-9)
        let offsetX = (1 - (maxX - minX) / span) / 2, offsetY = (1 - (maxY - minY) / span) / 2
        return points.map { Point(x: ($0.x - minX) / span + offsetX, y: ($0.y - minY) / span + offsetY) }
    }
}
