## The daily check-in (set up at the end of the repair flow).

## Reminder notifications. These can show on a lock screen where someone else may see
## them: never name the topic, the partner, repair, cheating or feelings.
checkin-notify-morning = Tu repaso de la mañana está listo, cuando tengas un minuto.
checkin-notify-afternoon = Tu repaso de la tarde está listo, cuando tengas un minuto.
checkin-notify-evening = Tu repaso de la noche está listo, cuando tengas un minuto.

## The opening line of today's check-in, by role
checkin-intro-did = Aquí tienes el repaso de hoy: tres respuestas rápidas sobre tu día y sobre cuánto pudiste abrirte. No hay respuestas incorrectas.
checkin-intro-affected = Aquí tienes el repaso de hoy: tres respuestas rápidas sobre tu día y sobre lo que necesitaste. No hay respuestas incorrectas.
checkin-intro-together = Aquí tienes el repaso de hoy: tres respuestas rápidas sobre tu día y sobre la cercanía que sentiste con tu pareja. No hay respuestas incorrectas.

## How today felt, from very hard to good
checkin-q-day = ¿Cómo fue el día de hoy?
checkin-day-1 = Muy difícil
checkin-day-2 = Duro
checkin-day-3 = Con altibajos
checkin-day-4 = Bastante estable
checkin-day-5 = Bueno

## The role's own question; the three answers are shared
checkin-q-open-did = Hoy, ¿fuiste transparente con tu pareja y le contaste cosas antes de que te preguntara?
checkin-q-met-affected = Hoy, ¿sentiste que te escuchaban y te tranquilizaban?
checkin-q-close-together = Hoy, ¿sentiste conexión con tu pareja?
checkin-scale-1 = No mucho
checkin-scale-2 = En parte
checkin-scale-3 = Sí

## What would help tomorrow
checkin-q-tomorrow = ¿Qué te ayudaría mañana?
checkin-need-reassurance = Palabras que me tranquilicen
checkin-need-space = Un poco de espacio
checkin-need-talk = Tiempo para hablar
checkin-need-time-together = Tiempo en pareja
checkin-need-nothing = Nada en especial

## Closing lines, by how the day went. Never a score, a streak or a grade.
checkin-thanks-hard = Gracias por hacer el repaso en un día difícil. Un día así te dice algo; no es un fracaso. Trátate con cariño.
checkin-thanks-mixed = Gracias. Los días con altibajos son una parte normal de esto. Traiga lo que traiga mañana, puedes ir paso a paso.
checkin-thanks-good = Gracias. Me alegra que hoy haya sido un día más estable. Date un momento para notarlo.
checkin-missed-ok = Hola de nuevo. No hace falta recuperar los días que pasaron: solo cuenta el repaso de hoy.
