package vn.coso.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.party.PartyMember;
import vn.coso.party.PartyMemberRepository;
import vn.coso.party.PartyMemberStatus;
import vn.coso.party.PartyOrganization;
import vn.coso.party.PartyOrganizationForm;
import vn.coso.party.PartyOrganizationLevel;
import vn.coso.party.PartyOrganizationRepository;
import vn.coso.units.Unit;
import vn.coso.units.UnitRepository;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/** Makes the party organisations and members tests need, each with a fresh code or card number. */
@ApplicationScoped
public class TestParty {

    private static final AtomicLong CARDS = new AtomicLong(System.nanoTime() % 100_000_000L);

    private final PartyOrganizationRepository organizations;
    private final PartyMemberRepository members;
    private final UnitRepository units;

    public TestParty(PartyOrganizationRepository organizations, PartyMemberRepository members, UnitRepository units) {
        this.organizations = organizations;
        this.members = members;
        this.units = units;
    }

    @Transactional
    public PartyOrganization organization(String name, PartyOrganizationLevel level, PartyOrganizationForm form,
                                          Unit unit, PartyOrganization parent) {
        PartyOrganization o = new PartyOrganization();
        o.code = TestUnits.uniqueCode();
        o.name = name;
        o.level = level;
        o.form = form;
        o.unit = units.findById(unit.id);
        o.parent = parent == null ? null : organizations.findById(parent.id);
        organizations.persistWithPath(o);
        return o;
    }

    @Transactional
    public PartyMember member(String name, PartyOrganization organization) {
        PartyMember m = new PartyMember();
        m.fullName = name;
        m.partyCardNumber = uniqueCard();
        m.dateOfBirth = LocalDate.of(1980, 5, 17);
        m.admissionDate = LocalDate.of(2005, 3, 26);
        m.officialDate = LocalDate.of(2006, 3, 26);
        m.organization = organizations.findById(organization.id);
        m.status = PartyMemberStatus.ACTIVE;
        members.persistAndFlush(m);
        return m;
    }

    @Transactional
    public PartyOrganization reloadOrganization(long id) {
        PartyOrganization o = organizations.findById(id);
        if (o != null) {
            o.unit.name.length();
        }
        return o;
    }

    @Transactional
    public PartyMember reloadMember(long id) {
        PartyMember m = members.findById(id);
        if (m != null) {
            m.organization.name.length();
        }
        return m;
    }

    @Transactional
    public long memberCount() {
        return members.count();
    }

    public static String uniqueCard() {
        return "TC" + CARDS.incrementAndGet();
    }
}
