## Safety: the gentle check after a worrying message, the SOS view, a safety plan,
## and the honest answer to "are you a bot?".

safety-check-self-harm =
    Quiero preguntarte algo, con cuidado. Por lo que escribiste, parece que podrías estar pensando en hacerte daño o en no querer seguir con vida.

    ¿Es eso lo que te está pasando ahora?
safety-check-harm-others =
    Quiero preguntarte algo, con cuidado. Por lo que escribiste, parece que te preocupa poder hacerle daño a alguien.

    ¿Es eso lo que está pasando ahora?
safety-check-danger =
    Quiero preguntarte algo, con cuidado. Por lo que escribiste, parece que podrías tener miedo de tu pareja, o que te han amenazado, te han hecho daño o te han presionado para hacer algo.

    ¿Te está pasando algo así?
safety-check-control =
    Quiero preguntarte algo, con cuidado. Por lo que escribiste, podría tratarse de control: que te revisen el teléfono, que te obliguen a dar tus contraseñas, que sigan tu ubicación, que te alejen de tus amistades o de tu familia, o que controlen tu dinero.

    ¿Te está pasando algo así?
safety-check-sexual =
    Quiero preguntarte algo, con cuidado. Por lo que escribiste, parece que podrían haberte presionado u obligado a algo sexual que no querías.

    ¿Te está pasando algo así?
safety-check-partner-threat =
    Quiero preguntarte algo, con cuidado. Parece que tu pareja podría estar diciendo que se hará daño si te vas o si no haces lo que quiere. Es un peso enorme, y no te toca cargarlo a solas.

    ¿Está pasando algo así?
safety-check-minor = Solo para confirmar: ¿querías decir que tienes menos de 18 años?
safety-now = Ahora mismo no estoy a salvo
safety-now-harm-others = Podría hacerle daño a alguien ahora mismo
safety-yes = Sí, eso es lo que pasa
safety-turned-round = No, es al revés: quien está en peligro soy yo
safety-show-lines = Muéstrame dónde pedir ayuda
safety-no = No, estoy bien, sigamos
safety-minor-yes = Sí, tengo menos de 18
safety-minor-no = No, soy mayor de edad
safety-check-thanks = Gracias por contármelo. Si eso cambia, /sos siempre está aquí.
safety-check-typed = Lo leí. Antes de seguir, responde con un toque a la pregunta de abajo, así puedo mostrarte el paso adecuado.

sos-reason-self-harm = Me alegra mucho que me lo hayas contado. No tienes que cargar con esto a solas, y mereces el apoyo de una persona real, hoy mismo.
sos-reason-harm-others = Gracias por tu sinceridad. Hablar con alguien ahora, antes de que pase nada, es el paso correcto.
sos-reason-danger = Gracias por contármelo. Tener miedo de tu pareja es algo serio, y no es culpa tuya. Tu seguridad va antes que cualquier conversación sobre la relación.
sos-reason-control = Gracias por contármelo. Revisar, rastrear, aislar y controlar el dinero son formas de control, no de cuidado, y mereces apoyo con ello. Tu seguridad va antes que cualquier conversación sobre la relación.
sos-reason-sexual = Gracias por contármelo. Lo que pasó no es culpa tuya, pasara lo que pasara antes. Cuando quieras, puedes hablar en confianza con alguien que entiende.
sos-reason-partner-threat = Gracias por contármelo. Cuando alguien amenaza con hacerse daño para que no te vayas, su seguridad importa, pero no es tu tarea sostenerla. Si corre peligro, llama a emergencias por esa persona; y después habla con alguien sobre ti.
sos-reason-minor = Estas líneas son para gente joven: gratuitas, confidenciales, y te van a escuchar.
sos-now = Por favor, llama ya al número de emergencias: 112 en España y gran parte de Europa, 911 en México, Argentina, Colombia y buena parte de América. Si no puedes hablar, ve con un vecino o a un lugar con gente.
sos-now-country = Por favor, llama ya al { $emergency }. Si no puedes hablar con seguridad, ve con un vecino o a un lugar con gente, o pide a alguien cerca que llame.
sos-immediate = Si estás en peligro ahora mismo, llama al número de emergencias de tu país (112 en gran parte del mundo, 911 en Norteamérica y en muchos países de Latinoamérica, 999 en el Reino Unido).
sos-immediate-country = Si estás en peligro ahora mismo, llama al { $emergency }.
sos-pick-country = Elige tu país abajo y te mostraré líneas gratuitas y confidenciales a las que puedes llamar o escribir.
sos-lines =
    Apoyo gratuito y confidencial ({ $country }):
    { $lines }
sos-line = • { $kind }: { $name }, { $how }
sos-how-call = llama al { $call }
sos-how-sms = por mensaje: { $sms }
sos-how-both = llama o escribe al { $call }
sos-how-keyword = envía { $keyword } por SMS al { $sms }
sos-how-call-or = llama al { $call } o { $other }
sos-kind-crisis = Apoyo en crisis y prevención del suicidio
sos-kind-domestic_violence = Apoyo ante la violencia doméstica
sos-kind-sexual_violence = Apoyo ante la violencia sexual
sos-kind-youth = Para gente joven
sos-kind-lgbtq = Apoyo LGBTIQ+
sos-kind-men = Para hombres
sos-how-chat = chat en { $web }
sos-how-or-chat = { $how }, o chat en { $web }
sos-directory = Si estás en otro país, { $url } reúne líneas de ayuda gratuitas de todo el mundo.
sos-grounding =
    Si ahora mismo todo se te hace demasiado:
    • Respira cinco veces, soltando el aire más despacio de lo que lo tomas.
    • Nombra cinco cosas que puedas ver y tres que puedas oír.
    • Apoya bien los pies en el suelo y siéntelos ahí.
    No tienes que decidir nada esta noche.
btn-other-country = Otro país
btn-more-lines = Más líneas
btn-grounding = Pasos para este momento
btn-safety-plan-make = Hacer un plan de seguridad
btn-safety-plan-mine = Mi plan de seguridad
btn-back-to-sos = Volver a ayuda y apoyo
btn-safety-follow-up = Pregúntame mañana cómo estoy
btn-safety-not-now = No estoy en peligro ahora mismo
safety-follow-up-set = Mañana, más o menos a esta hora, te enviaré un mensaje corto y neutro. No guardo nada más, y se borra en cuanto se envía.
safety-follow-up-check = Hola, soy Candor. Me pediste que hoy te preguntara. ¿Cómo estás?
safety-follow-up-better = Un poco mejor
safety-follow-up-hard = Sigue siendo difícil
safety-follow-up-help = Necesito ayuda ya
safety-follow-up-glad = Me alegro. /sos sigue aquí si eso cambia.
safety-follow-up-hard-reply = Gracias por decírmelo. No tienes que pasar el día a solas: aquí tienes a quién puedes llamar ahora y unos pasos para este momento.

plan-intro = Un plan de seguridad son unas pocas notas para un momento difícil, con tus propias palabras. Son cuatro preguntas cortas y puedes saltarte cualquiera. Solo guardaré el plan si me lo pides al final. Si otra persona podría mirar tu teléfono, quizá prefieras escribirlo en un lugar que solo veas tú.
plan-q-signs = ¿Qué te indica que las cosas se están poniendo peligrosas o que ya es demasiado? (Por ejemplo: ciertas palabras, el alcohol, un tono de voz.)
plan-q-people = ¿A quién podrías llamar, o a casa de quién podrías ir, de un momento a otro?
plan-q-places = ¿Adónde podrías ir para estar a salvo, y cómo llegarías?
plan-q-ready = ¿Qué te gustaría tener preparado para llevarte? (Por ejemplo: teléfono y cargador, documento de identidad, llaves, dinero, medicación.)
plan-stop = Parar aquí
plan-blank = (sin completar)
plan-summary =
    Tu plan de seguridad
    • Señales de alerta: { $signs }
    • Personas a las que acudir: { $people }
    • Lugares seguros: { $places }
    • Cosas para tener listas: { $ready }
plan-keep-question = ¿Quieres que guarde este plan para que puedas encontrarlo de nuevo con /sos? Se borra junto con todo lo demás al usar /delete.
plan-keep = Guárdalo
plan-discard = No lo guardes
plan-kept = He guardado tu plan. Lo encontrarás en /sos.
plan-discarded = No lo he guardado. No se ha conservado nada del plan.
plan-yours = Este es el plan que guardaste.
plan-delete = Borrar mi plan
plan-deleted = Tu plan se ha borrado.

identity-answer = Estás hablando con Candor, una herramienta automática de autoayuda. Soy un programa, no una persona, y nadie lee este chat. No soy terapeuta, no ofrezco terapia y no soy un servicio de crisis: si necesitas ayuda urgente, /sos te muestra a quién llamar. Lo que decidas sigue siendo tu decisión.

## Country names for the help lines
country-US = Estados Unidos
country-GB = Reino Unido
country-IE = Irlanda
country-CA = Canadá
country-AU = Australia
country-NZ = Nueva Zelanda
country-IN = India
country-ES = España
country-MX = México
country-AR = Argentina
country-CO = Colombia
country-BR = Brasil
country-PT = Portugal
country-DE = Alemania
country-FR = Francia
country-RU = Rusia
