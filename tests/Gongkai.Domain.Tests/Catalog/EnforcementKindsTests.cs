using Gongkai.Domain.Catalog.Enforcement;

namespace Gongkai.Domain.Tests.Catalog;

/// <summary>The 类别 cell of a register file: every category written as the page documents it is read back; nothing else is.</summary>
public sealed class EnforcementKindsTests
{
    [Fact]
    public void EveryDocumentedCategoryIsReadBackAndOthersAreNot()
    {
        foreach (var kind in EnforcementKinds.All)
        {
            Assert.Equal((kind, false), EnforcementKinds.Parse(EnforcementKinds.Category(kind, false)));
            Assert.Equal((kind, false), EnforcementKinds.Parse($"  {EnforcementKinds.Name(kind)} "));
            if (EnforcementKinds.HasMatters(kind))
            {
                Assert.Equal((kind, true), EnforcementKinds.Parse(EnforcementKinds.Category(kind, true)));
                Assert.Equal((kind, true), EnforcementKinds.Parse("事项清单:" + EnforcementKinds.Name(kind)));
            }
            else
            {
                Assert.Null(EnforcementKinds.Parse(EnforcementKinds.MatterPrefix + EnforcementKinds.Name(kind)));
            }
        }

        var random = new Random(31);
        var names = EnforcementKinds.All.Select(EnforcementKinds.Name).ToList();
        for (var i = 0; i < 200; i++)
        {
            // A random cut or extension of a real name is not a category.
            var name = names[random.Next(names.Count)];
            var mangled = random.Next(2) == 0 ? name[..random.Next(1, name.Length)] : name + "事项"[..random.Next(1, 3)];
            Assert.Null(EnforcementKinds.Parse(mangled));
        }

        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Equal(EnforcementKinds.All.Count, EnforcementKinds.All.Select(EnforcementKinds.Row).Distinct().Count());
    }

    [Fact]
    public void OnlyLicensingAndPenaltyAreUnderDualPublicityAndOnlyFeesAndProcurementCarryAmounts()
    {
        Assert.Equal([EnforcementKind.Licensing, EnforcementKind.Penalty], EnforcementKinds.All.Where(EnforcementKinds.IsDualPublicity));
        Assert.Equal([EnforcementKind.Fee, EnforcementKind.Procurement], EnforcementKinds.All.Where(EnforcementKinds.HasAmount));
        Assert.All(EnforcementKinds.All, k => Assert.NotEqual(EnforcementKinds.IsDecision(k), EnforcementKinds.HasAmount(k)));
    }
}
