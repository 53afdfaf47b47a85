#if canImport(Glibc)
import Glibc
#endif

/// `communique-bench batch FILES SIZE RUNS`: writes FILES generated statements of about SIZE
/// each into a scratch folder, then times the built `communique analyze FOLDER --format jsonl`
/// with `--jobs 1` and `--jobs 2`, in pairs, as its own process: wall time, the CPU time it
/// used (user + sys), and its peak resident memory. The host is shared, so CPU time stands
/// beside the wall time, with the load average when the run began; "cores used" (CPU time
/// over wall time) shows how much of the machine a run got.
///
/// The child is started by `posix_spawn`, which shares this process's memory until the exec,
/// so the child's peak can read no lower than this process's own; this process therefore
/// holds nothing large (outputs are compared a block at a time), and its own peak is printed.
func batch(files: Int, size: Int, runs: Int) {
    guard let binary = siblingBinary("communique") else {
        print("communique not found beside communique-bench: swift build -c release --product communique")
        return
    }
    var template = Array("/tmp/communique-batch-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else { print("cannot make a scratch folder"); return }
    let folder = String(cString: made)
    defer { removeTree(folder) }
    var generator = StatementGenerator()
    var bytes = 0
    for index in 0..<files {
        let text = generator.statement(bytes: size)
        bytes += text.utf8.count
        let name = String(index).leftPadded(to: 5)
        let file = fopen("\(folder)/statements/\(name).txt", "w") ?? {
            mkdir("\(folder)/statements", 0o755)
            return fopen("\(folder)/statements/\(name).txt", "w")!
        }()
        fputs(text, file)
        fclose(file)
    }
    print("Batch analysis: \(files) statements of about \(label(size)) (\(format1(Double(bytes) / 1e6)) MB), "
        + "communique analyze --format jsonl, \(runs) runs each")
    print("load average at start: \(loadAverage())")
    print("jobs   wall (s)   user+sys (s)   cores used   2+ threads runnable   files/s    MB/s   peak (MiB)")
    var walls: [Int: [Double]] = [1: [], 2: []]
    var cpus: [Int: [Double]] = [1: [], 2: []]
    for _ in 0..<runs {
        for jobs in [1, 2] {
            let output = "\(folder)/out-\(jobs).jsonl"
            let start = now()
            guard let usage = runToFile(binary, ["analyze", "\(folder)/statements", "--format", "jsonl", "--jobs", "\(jobs)"], output) else {
                print("communique failed")
                return
            }
            let wall = now() - start
            let cpu = seconds(usage.ru_utime) + seconds(usage.ru_stime)
            walls[jobs]!.append(wall)
            cpus[jobs]!.append(cpu)
            print("\(String(jobs).padding(6)) \(format3(wall).padding(10)) \(format3(cpu).padding(14)) \(format2(cpu / wall).padding(12)) \(format2(lastRunBothRunnable).padding(21)) "
                + "\(String(Int(Double(files) / wall)).padding(9)) \(format1(Double(bytes) / 1e6 / wall).padding(7)) "
                + format1(Double(usage.ru_maxrss) / 1024))
        }
    }
    let identical = sameBytes("\(folder)/out-1.jsonl", "\(folder)/out-2.jsonl")
    print("output with --jobs 2 identical to --jobs 1: \(identical ? "yes" : "NO")")
    let medianWall = { (jobs: Int) in walls[jobs]!.sorted()[runs / 2] }
    let medianCPU = { (jobs: Int) in cpus[jobs]!.sorted()[runs / 2] }
    let pairs = zip(walls[1]!, walls[2]!).map { format2($0 / $1) + "×" }
    print("speed-up, --jobs 2 over --jobs 1: \(format2(medianWall(1) / medianWall(2)))× (medians); per pair \(pairs.joined(separator: " "))")
    print("this benchmark's own peak (a floor under the figures above): \(format1(peakMemoryMB())) MiB")
    print("CPU time, --jobs 2 over --jobs 1: \(format2(medianCPU(2) / medianCPU(1)))× (1.00 would be no cost for the second thread)")
}

private func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }

private func format2(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let rest = hundredths % 100
    return "\(hundredths / 100).\(rest < 10 ? "0" : "")\(rest)"
}

/// The binary `name` in the folder this benchmark was built into.
private func siblingBinary(_ name: String) -> String? {
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard count > 0 else { return nil }
    let own = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    guard let slash = own.lastIndex(of: "/") else { return nil }
    let path = own[..<slash] + "/" + name
    return access(path, X_OK) == 0 ? String(path) : nil
}

/// Runs `binary` with `arguments`, standard output to `outputPath`, and returns the child's
/// resource usage, or nil when it could not start or exited with a failure.
private func runToFile(_ binary: String, _ arguments: [String], _ outputPath: String) -> rusage? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv: [UnsafeMutablePointer<CChar>?] = ([binary] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid = pid_t()
    guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else { return nil }
    var status: Int32 = 0
    var usage = rusage()
    var samples = 0, busy = 0
    while true {
        let reaped = wait4(pid, &status, WNOHANG, &usage)
        if reaped == pid { break }
        guard reaped == 0 else { return nil }
        let running = runningThreads(of: pid)
        samples += 1
        if running >= 2 { busy += 1 }
        usleep(10_000)
    }
    guard status == 0 else { return nil }
    lastRunBothRunnable = samples == 0 ? 0 : Double(busy) / Double(samples)
    return usage
}

/// The share of samples (every 10 ms) in which two or more of the child's threads were
/// runnable: near 1 with `--jobs 2` means nothing serialises the workers, and that a run given
/// less than two cores was held back by the host.
nonisolated(unsafe) var lastRunBothRunnable = 0.0

/// How many of a process's threads are running or waiting for a core (state R).
private func runningThreads(of pid: pid_t) -> Int {
    guard let directory = opendir("/proc/\(pid)/task") else { return 0 }
    defer { closedir(directory) }
    var running = 0
    while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        guard name.first?.isNumber == true, let file = fopen("/proc/\(pid)/task/\(name)/stat", "r") else { continue }
        var line = [CChar](repeating: 0, count: 512)
        let read = fgets(&line, 512, file) != nil
        fclose(file)
        // "tid (name) S …": the state follows the last parenthesis.
        if read, let close = String(cString: line).lastIndex(of: ")") {
            let text = String(cString: line)
            if text[text.index(after: close)...].dropFirst().first == "R" { running += 1 }
        }
    }
    return running
}

/// Whether two files hold the same bytes, read a block at a time.
private func sameBytes(_ a: String, _ b: String) -> Bool {
    guard let first = fopen(a, "r"), let second = fopen(b, "r") else { return false }
    defer { fclose(first); fclose(second) }
    var one = [UInt8](repeating: 0, count: 1 << 16), two = one
    while true {
        let count = fread(&one, 1, one.count, first)
        guard fread(&two, 1, two.count, second) == count else { return false }
        if count == 0 { return true }
        if one[0..<count] != two[0..<count] { return false }
    }
}

private func loadAverage() -> String {
    guard let file = fopen("/proc/loadavg", "r") else { return "?" }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 128)
    guard fgets(&line, 128, file) != nil else { return "?" }
    return String(cString: line).split(separator: " ").prefix(3).joined(separator: " ")
}

private func removeTree(_ folder: String) {
    let words: [String] = ["/bin/rm", "-rf", folder]
    let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid = pid_t()
    guard posix_spawn(&pid, "/bin/rm", nil, nil, argv, environ) == 0 else { return }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
}

extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
