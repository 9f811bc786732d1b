using System.Collections.Generic;
using System.Linq;
using TossPayments.PowerShell.Tests.Infrastructure;

namespace TossPayments.PowerShell.Tests
{
    /// <summary>
    /// A payment's nested objects read as one line each (what Format-List shows for them), not as
    /// their type names: a card by issuer, masked number and approval; a virtual account by bank,
    /// number and due date; a cancel by amount, time and reason.
    /// </summary>
    public sealed class NestedObjectTests : ModuleTest
    {
        [Fact]
        public void A_card_reads_as_issuer_masked_number_and_approval_number()
        {
            var card = DoneCards(1)[0];

            var text = Text("\"$((Get-TossPayment $key).Card)\"", card.PaymentKey);

            Assert.Equal($"issuer {card.Card!.IssuerCode} {card.Card.Number}, approval {card.Card.ApproveNo}", text);
        }

        [Fact]
        public void A_cancel_reads_as_amount_time_and_reason()
        {
            var card = DoneCards(1)[0];
            Session.Run($"Stop-TossPayment {card.PaymentKey} -CancelReason '고객 요청' -CancelAmount 1000 -Force").AssertNoErrors();

            var text = Text("\"$((Get-TossPayment $key).Cancels)\"", card.PaymentKey);

            Assert.Matches(@"^1,000 at \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+09:00: 고객 요청$", text);
        }

        [Fact]
        public void A_virtual_account_reads_as_bank_number_and_due_date()
        {
            var deposit = Sandbox.Store.All.First(p => p.VirtualAccount is not null);

            var text = Text("\"$((Get-TossPayment $key).VirtualAccount)\"", deposit.PaymentKey);

            Assert.StartsWith($"bank {deposit.VirtualAccount!.BankCode} {deposit.VirtualAccount.AccountNumber}, due 20", text);
        }

        private string Text(string script, string key)
        {
            var result = Session.Run(script, variables: new Dictionary<string, object?> { ["key"] = key });
            result.AssertNoErrors();
            return Assert.Single(result.Output).ToString();
        }
    }
}
