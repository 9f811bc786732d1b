using System;
using System.IO;
using System.Text;
using Microsoft.Extensions.Configuration;
using TossPayments.Sandbox;
using TossPayments.Sandbox.Domain;

// dotnet run --project src/TossPayments.Sandbox -- --urls http://127.0.0.1:5117 [--seed 1] [--payments 100] [--secret-key test_sk_…]
// dotnet run --project src/TossPayments.Sandbox -- --export-orders orders.csv [--seed 1] [--payments 100]
var settings = new ConfigurationBuilder().AddCommandLine(args).Build();
var options = new SandboxOptions
{
    Seed = settings.GetValue("seed", 1),
    Payments = settings.GetValue("payments", 100),
    SecretKey = settings["secret-key"],
};

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
