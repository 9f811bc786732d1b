using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Extensions.Configuration;
using TossPayments.Sandbox;
using TossPayments.Sandbox.Domain;
using TossPayments.Sandbox.Faults;

// dotnet run --project src/TossPayments.Sandbox -- --urls http://127.0.0.1:5117 [--seed 1] [--payments 100] [--secret-key test_sk_…]
//     [--one-cancel-per-second false] [--clock 2026-12-01T09:00:00+09:00] [--ready-confirm-code NOT_FOUND_PAYMENT_SESSION] [--fault-seed 1] [--latency-ms 20] [--jitter-ms 0] [--error-rate 0.1] [--rate-limit-rate 0.05]
//     [--webhook-url http://127.0.0.1:7071/api/toss[,…]] [--payout-security-key …]
//     [--retry-after-sec 1 (none by default)] [--replay-server-errors] [--requests-per-minute 100 (no limit by default)] [--lost-response-rate 0.2] [--slow-rate 0] [--slow-ms 5000] [--quiet]
// dotnet run --project src/TossPayments.Sandbox -- --export-orders orders.csv [--seed 1] [--payments 100]
args = ExpandFlags(args, "--quiet", "--one-cancel-per-second", "--replay-server-errors");
var settings = new ConfigurationBuilder().AddCommandLine(args).Build();
var options = new SandboxOptions
{
    Seed = settings.GetValue("seed", 1),
    Payments = settings.GetValue("payments", 100),
    SecretKey = settings["secret-key"],
    OneCancelPerSecond = settings.GetValue("one-cancel-per-second", true),
    ClockStart = settings.GetValue<DateTimeOffset?>("clock"),
    ReadyConfirmCode = settings["ready-confirm-code"] ?? SandboxOptions.DefaultReadyConfirmCode,
    LogRequests = !IsOn("quiet"),
    Faults = new FaultOptions
    {
        Seed = settings.GetValue("fault-seed", 1),
        Latency = TimeSpan.FromMilliseconds(settings.GetValue("latency-ms", 0.0)),
        Jitter = TimeSpan.FromMilliseconds(settings.GetValue("jitter-ms", 0.0)),
        ServerErrorRate = settings.GetValue("error-rate", 0.0),
        RateLimitRate = settings.GetValue("rate-limit-rate", 0.0),
        RetryAfterSeconds = settings.GetValue<int?>("retry-after-sec"),
        ReplayServerErrors = IsOn("replay-server-errors"),
        RequestsPerMinute = settings.GetValue<int?>("requests-per-minute"),
        LostResponseRate = settings.GetValue("lost-response-rate", 0.0),
        SlowResponseRate = settings.GetValue("slow-rate", 0.0),
        SlowResponseDelay = TimeSpan.FromMilliseconds(settings.GetValue("slow-ms", 5000.0)),
    },
};

foreach (var url in (settings["webhook-url"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
{
    options.WebhookUrls.Add(new Uri(url, UriKind.Absolute));
}

options.PayoutSecurityKey = settings["payout-security-key"];

if (settings["export-orders"] is { } exportPath)
{
    using var writer = new StreamWriter(exportPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    OrdersCsv.Write(writer, PaymentSeeder.Create(options.Seed, options.Payments));
    Console.WriteLine($"Wrote {options.Payments} orders (seed {options.Seed}) to {Path.GetFullPath(exportPath)}");
    return 0;
}

var app = SandboxServer.Build(options, args, settings["urls"] is null ? "http://127.0.0.1:5117" : null);
await app.RunAsync();
return 0;

bool IsOn(string name) => settings.GetValue(name, false);

// The configuration provider reads "--quiet --seed 1" as quiet = "--seed": a known flag with no
// value of its own becomes "--quiet=true".
static string[] ExpandFlags(string[] args, params string[] flags) =>
    args.Select((arg, i) => flags.Contains(arg) && (i + 1 == args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal)) ? arg + "=true" : arg)
        .ToArray();
