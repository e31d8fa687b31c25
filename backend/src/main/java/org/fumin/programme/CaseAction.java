package org.fumin.programme;

import static org.fumin.cases.CaseState.DRAFT;
import static org.fumin.cases.CaseState.PUBLISHED;
import static org.fumin.cases.CaseState.RETURNED;
import static org.fumin.cases.CaseState.SUBMITTED;
import static org.fumin.cases.CaseState.WITHDRAWN;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.fumin.auth.Role;
import org.fumin.cases.CaseState;

/**
 * The state table of a typical case (典型案例), in one place: which role may take each action from
 * which states, and the state it leads to (null: the state stays). The district writes and submits
 * (again after a return); the city returns with a reason or publishes; a published case is
 * withdrawn from publication with a reason, and may be published again, but never deleted.
 */
public enum CaseAction {
  SAVE(Role.DISTRICT_ADMIN, Set.of(DRAFT, RETURNED), null, false),
  SUBMIT(Role.DISTRICT_ADMIN, Set.of(DRAFT, RETURNED), SUBMITTED, false),
  RETURN(Role.CITY_ADMIN, Set.of(SUBMITTED), RETURNED, true),
  PUBLISH(Role.CITY_ADMIN, Set.of(SUBMITTED, WITHDRAWN), PUBLISHED, false),
  WITHDRAW(Role.CITY_ADMIN, Set.of(PUBLISHED), WITHDRAWN, true);

  private final Role role;
  private final Set<CaseState> from;
  private final CaseState to;
  private final boolean needsReason;

  CaseAction(Role role, Set<CaseState> from, CaseState to, boolean needsReason) {
    this.role = role;
    this.from = from;
    this.to = to;
    this.needsReason = needsReason;
  }

  /** Whether this role may take the action on a case in this state. */
  public boolean applies(CaseState state, Role caller) {
    return caller == role && from.contains(state);
  }

  /** Whether the action is this role's at all (the wrong role is refused before states are looked at). */
  public boolean allows(Role caller) {
    return caller == role;
  }

  /** The state after the action. */
  public CaseState target(CaseState current) {
    return to == null ? current : to;
  }

  /** Whether the action must say why (returns and withdrawals). */
  public boolean needsReason() {
    return needsReason;
  }

  /** What this role may do now with a case in this state, in table order. */
  public static List<CaseAction> allowed(CaseState state, Role caller) {
    return Arrays.stream(values()).filter(a -> a.applies(state, caller)).toList();
  }

  /** Whether the case's content and attachments may be changed in this state (by its district). */
  public static boolean editable(CaseState state) {
    return SAVE.from.contains(state);
  }

  /** Whether anyone outside the district and the city may see the case: only while published. */
  public static boolean isPublic(CaseState state) {
    return state == PUBLISHED;
  }
}
