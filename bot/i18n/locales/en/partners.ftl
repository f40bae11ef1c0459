## Partners and their joint channel (bot/commands/partners.py, bot/matching/partner_search.py,
## bot/schools/partnerships.py, bot/schools/earlier_changes.py): find, request, accept,
## decline, partners, partnership end, channel create|link. Numbers are passed as typed.

partners-joint-channel-linked = This is now the joint channel of { $school } ({ $country }) and { $partner } ({ $partner_country }): the bot posts agreed times, reminders and the day's agenda here.

## find
partners-find-own-country = country: { $country } is your own country; partners are schools abroad. Leave country out or name another one.
partners-find-not-your-language = language: { $language } is not one of your school's languages ({ $languages }); a partner must share one of them. Add it with `/exchange school edit languages=…` first.
partners-find-no-places-left = Your school has no places left ({ $used } of { $quota } used): raise the quota with `/exchange school edit quota={ $next }` before asking another school.
# $mode: realtime or async; $limited: yes when only the best $best are listed; $paged: yes when $first–$last are shown
partners-find-heading = { $total } { $mode ->
        [realtime] real-time partner
       *[async] non-real-time partner
    } candidate(s) for { $school } ({ $level }, week of { $week }, >= { $duration } min){ $limited ->
        [yes] , the best { $best }
       *[no] {""}
    }{ $paged ->
        [yes] , { $first }–{ $last } shown
       *[no] {""}
    }:
# $step is the condition that left none ($before schools before it, when $counted is yes);
# $steps lists the schools left after each condition; $all_live is yes when, looking for
# non-real-time partners, every school left can meet live
partners-find-none = No school meets every condition: none is left once '{ $step }' applies{ $counted ->
        [yes] {" "}({ $before } before it)
       *[no] {""}
    }{ $all_live ->
        [yes] : every school that meets the other conditions can meet you in real time for { $duration } minutes or more
       *[no] {""}
    }. Schools left after each one: { $steps }.
partners-find-none-but-async = No school meets every condition: none is left once '{ $step }' applies{ $counted ->
        [yes] {" "}({ $before } before it)
       *[no] {""}
    }{ $all_live ->
        [yes] : every school that meets the other conditions can meet you in real time for { $duration } minutes or more
       *[no] {""}
    }. Schools left after each one: { $steps }. { $async_count } of them could do a non-real-time exchange (shared boards, letters, recorded video): `/exchange find mode=async`.
partners-step-count = { $step }: { $count }
partners-step-level = { $level } schools
partners-step-in-country = in { $country }
partners-step-abroad = in another country
partners-step-speaking = speaking { $language }
partners-step-sharing-a-language = sharing a language
partners-step-topic = interested in { $topic }
partners-step-not-partners = not already your partners
partners-step-not-declined = without a declined request between you
partners-step-place-left = with a place left
partners-step-real-time = meeting >= { $duration } min in real time
partners-step-not-real-time = without { $duration } min in real time
partners-candidate = { $number }. { $name } ({ $id }) · { $country } · { $level }
partners-candidate-in-city = { $number }. { $name } ({ $id }) · { $city }, { $country } · { $level }
partners-none = none
# $grades are the candidate's, $mine the caller's school's
partners-fit = Common language(s): { $languages } · shared topics: { $topics } · grades { $grades } (yours { $mine })
partners-fit-grade-gap = Common language(s): { $languages } · shared topics: { $topics } · grades { $grades } (yours { $mine }, { $gap } apart)
# $times: e.g. Mon–Fri 09:00–15:30 KST = 09:00–15:30 JST
partners-time-together = Time together, week of { $week } (>= { $duration } min), class time: { $times }
partners-time-after-school = Time together, week of { $week } (>= { $duration } min), with after-school hours: { $times }
partners-no-overlap = No real-time overlap >= { $duration } min (no shared time): suited to a non-real-time exchange (shared boards, letters, recorded video)
partners-no-overlap-longest = No real-time overlap >= { $duration } min (longest shared stretch { $longest } min): suited to a non-real-time exchange (shared boards, letters, recorded video)
partners-ranked-on = Places left: { $remaining } of { $quota } · ranked on: class-time overlap { $class_minutes } min, any overlap { $any_minutes } min, shared topics { $topics }, grade gap { $gap }, places left { $remaining }
# $asker: you or they
partners-find-waiting = { $asker ->
        [you] You asked
       *[they] They asked you
    } on { $day }; waiting for an answer.
partners-button-request = Request partnership

## request
partners-request-own-school = That is your own school; ask a school abroad (`/exchange find` lists candidates).
partners-request-same-country = { $school } is in { $country } like your school; partners are schools in another country.
partners-request-asked-already = You already asked { $school } on { $day }; their answer is still to come.
partners-request-they-asked = { $school } already asked your school on { $day }: accept with `/exchange accept { $id }`.
# $decliner: they or yours
partners-request-declined-before = { $decliner ->
        [they] They
       *[yours] Your school
    } declined a partnership request between your schools on { $day }, so it is not sent again.
partners-request-sent = Asked { $school } ({ $id }) to be partner classes.
partners-request-told = Told { $count } teacher(s) of { $school }; you will hear when they answer.
partners-request-no-teacher = { $school } has no teacher on the bot yet; the request waits for them and shows in `/exchange partners` once one joins.
# to the asked school's teachers, followed by why the schools fit
partners-request-notice = { $school } ({ $id }, { $country }) asks { $partner } to be partner classes.
partners-request-notice-message = Their message: “{ $message }”
partners-request-notice-answer = Answer with `/exchange accept { $id }` or `/exchange decline { $id }`.
# a notice of several lines, each a message of its own
partners-lines = { $lines }
partners-button-accept = Accept
partners-button-decline = Decline

## accept and decline
partners-no-request-from = { $school } has no request waiting for your answer. Waiting: { $waiting }.
partners-no-request-from-none-waiting = { $school } has no request waiting for your answer.
partners-no-request-waiting = No partnership request is waiting for your school's answer.
# $verb: accept or decline, the command
partners-several-requests = Several requests are waiting; say which to { $verb }, e.g. `/exchange { $verb } { $id }`. Waiting: { $waiting }.
# $answer: accepted or declined
partners-answered-already = You { $answer ->
        [accepted] accepted
       *[declined] declined
    } { $school }'s partnership request at { $at }; { $school } has been told.
# $status is how it was answered first, $answer what the caller asked
partners-answered-by = { $school }'s partnership request was { $status ->
        [accepted] accepted
       *[declined] declined
    } at { $at } by { $by }; nothing was { $answer ->
        [accepted] accepted
       *[declined] declined
    }. `/exchange partners` shows where things stand.
partners-answered-by-you = { $school }'s partnership request was { $status ->
        [accepted] accepted
       *[declined] declined
    } at { $at } by you; nothing was { $answer ->
        [accepted] accepted
       *[declined] declined
    }. `/exchange partners` shows where things stand.
partners-answered-by-tieup = { $school }'s partnership request was { $status ->
        [accepted] accepted
       *[declined] declined
    } at { $at } by the program's tie-up; nothing was { $answer ->
        [accepted] accepted
       *[declined] declined
    }. `/exchange partners` shows where things stand.
partners-accepted-notice = { $school } ({ $id }) accepted your partnership request: you are partners now. Next: link a joint channel with `/exchange channel link partner={ $id }`.
partners-accepted-colleagues = { $person } accepted { $school }'s partnership request for { $mine }.
partners-accepted = { $mine } and { $school } ({ $id }) are partners now. Next: link a joint channel with `/exchange channel link partner={ $id }` (or `/exchange channel create`).
partners-accepted-in = { $mine } and { $school } ({ $id }) are partners now, in { $languages }. Next: link a joint channel with `/exchange channel link partner={ $id }` (or `/exchange channel create`).
partners-declined-notice = { $school } ({ $id }) declined your partnership request. `/exchange find` lists other candidates.
partners-declined-notice-why = { $school } ({ $id }) declined your partnership request: “{ $reason }” `/exchange find` lists other candidates.
partners-declined = Declined { $school }'s request. Neither school will be offered the other by `/exchange find` again.
partners-pair-itself = A school cannot partner with itself.
partners-pair-already = { $school } and { $partner } are already partners.
partners-pair-no-places-yours = Your school has no partner places left (quota { $quota }, { $used } active partnership(s)). End one with `/exchange partnership end <school>` or raise the quota with `/exchange school edit quota={ $next }`.
partners-pair-no-places = { $school } has no partner places left (quota { $quota }, { $used } active partnership(s)).

## partners
partners-heading = { $school }: { $count } partner(s), { $left } of { $quota } place(s) left.
partners-none-yet = No partners or requests yet: `/exchange find` lists candidates.
# $source: how the partnership came about (request, tieup); $language: the pair's language, or —
partners-partner = Partner: { $school } ({ $id }) · { $country }
partners-partner-since-channel = Since { $day } (by { $source }) · language { $language } · joint channel { $channel } ({ $platform })
partners-partner-since-no-channel = Since { $day } (by { $source }) · language { $language } · no joint channel yet (`/exchange channel link partner={ $id }`)
partners-asks-you = Asks you: { $school } ({ $id }) · { $country }
partners-asked-on = On { $day }: “{ $message }”
partners-asked-on-no-message = On { $day }: no message
partners-you-asked = You asked: { $school } ({ $id }) · { $country }
partners-you-asked-on = On { $day }: “{ $message }”; waiting for their answer
partners-you-asked-on-no-message = On { $day }: no message; waiting for their answer

## partnership end; a partnership that ended before
partners-not-a-partner = { $school } is not a partner of { $mine }.
partners-not-a-partner-listed = { $school } is not a partner of { $mine }. Partners: { $partners }.
partners-not-a-partner-none = { $school } is not a partner of { $mine }. Partners: none.
partners-ended-notice = { $school } ({ $id }) ended your partnership.
partners-ended-notice-why = { $school } ({ $id }) ended your partnership: “{ $reason }”
partners-ended-channel = The partnership of { $school } and { $partner } has ended.
partners-ended-channel-why = The partnership of { $school } and { $partner } has ended: “{ $reason }”
partners-ended = Ended the partnership with { $school }. { $mine } has { $left } partner place(s) left.
# $when: the session in both schools' zones
partners-cancelled-session = Cancelled session #{ $number }: { $when }.
partners-cancelled-session-ics = Cancelled session #{ $number }: { $when }. Calendar cancellation: /exchange ics { $number }
# $title: the activity's kind, e.g. video letter exchange
partners-cancelled-activity = Cancelled activity #{ $number }, the { $title }.
partners-ended-already-done = You ended the partnership with { $school } at { $at }; { $school } has been told.
# $undone: what the command would have done
partners-ended-already-by = The partnership of { $school } and { $partner } was ended at { $at } by { $by }; nothing was { $undone ->
        [booked] booked
        [confirmed] confirmed
        [planned] planned
        [recorded] recorded
        [ended] ended
        [linked] linked
       *[created] created
    }.
partners-ended-already-by-you = The partnership of { $school } and { $partner } was ended at { $at } by you; nothing was { $undone ->
        [booked] booked
        [confirmed] confirmed
        [planned] planned
        [recorded] recorded
        [ended] ended
        [linked] linked
       *[created] created
    }.
partners-ended-already-by-a-teacher = The partnership of { $school } and { $partner } was ended at { $at } by a teacher; nothing was { $undone ->
        [booked] booked
        [confirmed] confirmed
        [planned] planned
        [recorded] recorded
        [ended] ended
        [linked] linked
       *[created] created
    }.

## channel create|link
partners-no-partner-yet = { $mine } has no partner yet: `/exchange find`, then `/exchange request <school>`.
partners-several-partners = { $mine } has several partners; say which with partner=… ({ $partners }).
partners-channel-taken = This channel is already the joint channel of another partnership ({ $school } and { $partner }); use a channel of its own.
partners-channel-linked-notice = { $person } of { $school } linked a joint channel for your partnership ({ $platform }).
partners-channel-link-where = Run this inside the channel you want as the joint channel.
partners-channel-linked = This channel is now the joint channel of { $school } and { $partner }.
partners-channel-linked-moved = This channel is now the joint channel of { $school } and { $partner } (it was { $previous }).
partners-channel-create-unsupported = The bot cannot create channels on { $platform }. Create one yourself, invite your partner's teachers, and run `/exchange channel link` in it.
partners-channel-exists = Your partnership with { $school } already has a joint channel ({ $channel }); run `/exchange channel link` in another channel to move it.
partners-channel-create-failed = { $platform } did not create the channel. Create one yourself, invite your partner's teachers, and run `/exchange channel link` in it.
partners-channel-created = Created #{ $name } with { $count } teacher(s) and made it the joint channel of { $school } and { $partner }.
