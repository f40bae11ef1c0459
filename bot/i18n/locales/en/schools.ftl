## School profiles (bot/commands/schools.py): register, show, edit, join, leave, list.
## Option names (class_hours, city=) and commands stay as typed in every language.

school-class-hours-needed = class_hours: give at least one window, e.g. 'Mon-Fri 09:00-16:00'
school-registered-before = { $name } is already registered as { $id }: to teach there too, `/exchange school join { $id }`.
school-registered-before-without-city = { $name } is already registered as { $id }: to teach there too, `/exchange school join { $id }`. If yours is another school of that name, give its city=.
school-registered = Registered { $name } as { $id }. You are its teacher.
# $at is when, on the school's clock; $profile is the school's profile, several lines
school-registered-already =
    You registered { $name } as { $id } at { $at }. You are its teacher.
    { $profile }
school-teaches-elsewhere = You already teach at { $id }. Use `/exchange school edit` to change it, or `/exchange school leave` first.
school-profile = { $profile }
school-edit-nothing = Nothing to change: give at least one option, e.g. quota=2.
school-edit-class-hours-needed = class_hours: a school needs at least one class-hour window.
# $changed lists the option names that changed
school-updated = Updated { $name } ({ $id }): { $changed }.
school-edit-not-yours = You can edit only your own school; { $name } is not yours to edit.
school-edit-not-yours-coordinator = You can edit only your own school or the schools of your program; { $name } is not yours to edit.
# to the school's other teachers; $platform is slack, discord or console
school-list-none = No schools registered in { $program } match.
# $span is the range shown, e.g. 1–20
school-list-heading = { $count } school(s) in { $program }, { $span } shown:
school-list-row = {"  "}{ $id }  { $name } · { $place }, { $country } · { $level } · { $languages } · quota { $quota }

## A school's profile, a line each; $zone is e.g. Asia/Seoul (KST, UTC+09:00)
school-profile-title = { $name } ({ $id }) · { $side ->
        [home] home side
       *[partner] partner side
    }
school-profile-where = Where: { $place } · time zone { $zone }
school-profile-level = Level: { $level } · languages: { $languages }
school-profile-level-grades = Level: { $level }, grades { $grades } · languages: { $languages }
school-profile-topics = Topics: { $topics } · wants { $quota } partner class(es)
school-profile-class-hours = Class hours: { $hours } (local time)
school-profile-after-school = After school: { $hours }
school-profile-vacations = Vacations: { $vacations }
school-profile-teachers = Teachers: { $teachers }
school-profile-teachers-and-elsewhere = Teachers: { $teachers }, { $count } in another workspace
school-profile-teachers-elsewhere = Teachers: { $count } in another workspace
school-profile-no-teachers = Teachers: none yet
# shown for a part of the profile the school left empty
school-profile-none = —

## Notes and refusals of a registration or edit
# the time zone the bot chose for the school, when its country has several
school-zone-of-city = Time zone { $zone }, the zone of { $city }; if that is wrong, change it with `/exchange school edit timezone=…`.
school-zone-main = Time zone { $zone }, the main zone of { $country } (its other zones: { $others }); if that is wrong, change it with `/exchange school edit timezone=…`.
school-name-taken = '{ $name }' is already registered as { $id }: did you mean `/exchange school join { $id }`? If yours is another school, give a name that tells them apart, e.g. with its city.
school-name-lookalike = '{ $name }' looks just like { $existing } ({ $id }), already registered: did you mean `/exchange school join { $id }`? If yours is another school, give a name that tells them apart, e.g. with its city.

## A closed day that the school's teachers declared (profile `vacations`), its dates as typed.
school-declared-break = declared break { $dates }
