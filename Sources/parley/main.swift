import ArticleModel
import Foundation
let data = FileManager.default.contents(atPath: CommandLine.arguments[1])!
let a = try ArticleReader().read(bytes: [UInt8](data), source: CommandLine.arguments[1])
print(try ExtractDocument(articles: [a]).encoded())
