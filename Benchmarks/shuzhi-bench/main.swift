import Foundation
import ShuzhiKit

// Release-mode benchmark: `swift run -c release shuzhi-bench`.
// Each stage adds its row as it lands.
print("shuzhi-bench: no stages yet")
