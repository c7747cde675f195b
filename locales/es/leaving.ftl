## Pensar en irse: para quien se inclina por dejar la relación, o lo está sopesando. Nunca
## se empuja hacia un lado. Si hay miedo o control, la seguridad va primero: ningún guion
## para decírselo a la pareja en persona; las líneas de ayuda y un plan de seguridad.

leaving-title = Pensar en irme
leaving-summary = Si te planteas dejar la relación: decidir, decírselo y cuidarte.
leaving-recap = Estabas viendo lo que implicaría irte.
leaving-recap-safety = Ibas a responder una pregunta sobre tu seguridad.
leaving-recap-safety-first = Estabas leyendo sobre tu seguridad, antes que nada.
leaving-recap-parts = Estabas eligiendo qué parte mirar.
leaving-recap-deciding = Estabas pensando en qué puedes sobrellevar y qué mereces.
leaving-recap-decision = Estabas leyendo lo que sugieren tus respuestas sobre la decisión.
leaving-recap-telling = Estabas viendo cómo decírselo.
leaving-recap-people = Estabas leyendo sobre la gente a tu alrededor.
leaving-recap-self-care = Estabas leyendo sobre cómo cuidarte.
leaving-recap-professional = Estabas leyendo sobre dónde ayuda un profesional.

leaving-intro =
    Esto es para cuando te inclinas por dejar la relación, o te lo estás planteando.

    No voy a empujarte hacia ningún lado. Decidir que no puedes reconstruir la confianza después de lo que pasó no es exagerar: es leer con honestidad lo que la confianza necesita. Decidir quedarte puede ser igual de honesto.

    Hay cinco partes, en el orden que quieras: decidir, decírselo, la gente a tu alrededor, cuidarte y dónde ayuda un profesional. Primero, unas palabras sobre tu seguridad.
leaving-begin = Empecemos

leaving-q-safety = Antes que nada: ¿tienes miedo de tu pareja, o de cómo reaccionaría si te fueras? Por ejemplo, amenazas, empujones, que revise tu teléfono, que te aleje de tus amistades o de tu familia, o que controle tu dinero.
leaving-safety-known = Antes me contaste que el miedo o el control forman parte de esto. Eso cambia cómo pensar en irte, así que va primero.
leaving-safety-first =
    Cuando tu pareja te da miedo o te controla, irse es algo que se planifica, no algo que se anuncia. Los días en torno a una ruptura suelen ser cuando más aumenta el peligro, así que, por favor, no se lo digas cara a cara ni antes de tener un lugar seguro donde estar.

    Una línea de atención a la violencia de pareja puede ayudarte a planearlo con total confidencialidad: cuándo, cómo, adónde ir, qué llevarte. Puedes llamar aunque todavía no hayas decidido nada.

    Si tu pareja podría mirar tu teléfono: /hide borra mis mensajes recientes y /delete borra todo lo que guardo.
leaving-safety-plan-btn = Hacer un plan de seguridad
leaving-safety-read-on = Seguir con las otras partes

leaving-q-part = ¿Qué parte te ayudaría ahora? Puedes volver aquí y elegir otra.
leaving-part-deciding = Decidir: ¿con qué puedo vivir?
leaving-part-telling = Decírselo
leaving-part-people = La gente a mi alrededor
leaving-part-self-care = Cuidarme
leaving-part-professional = Dónde ayuda un profesional
leaving-part-done = Por ahora es suficiente
leaving-other-parts = Volver a las partes

leaving-q-live-with = Imagina que ha pasado un año. Sigues con tu pareja y lo que ocurrió sigue formando parte de la historia de los dos. ¿Qué se parece más a lo que sientes?
leaving-live-with-fade = Con una reparación de verdad, podría quedar atrás
leaving-live-with-carry = Lo cargaría todos los días
leaving-live-with-unsure = Todavía no lo sé

leaving-q-deserve = Ahora piensa en lo que necesitarías para volver a sentirte a salvo con esa persona: sinceridad, transparencia sin tener que pedirla, tiempo, un cambio real. ¿Te lo está ofreciendo?
leaving-deserve-offered-btn = Sí, de forma constante
leaving-deserve-partly-btn = En parte, o solo de palabra
leaving-deserve-not-offered-btn = No
leaving-deserve-not-asked-btn = No le he dicho lo que necesito

leaving-decision-toward-leaving = Lo cargarías todos los días, y lo que necesitas no te lo están ofreciendo de verdad. Si eso te lleva a decidir que no puedes reconstruir la confianza, no es exagerar. Es una lectura honesta de lo que la confianza necesita.
leaving-decision-stays-with-you = Aunque lo que necesitas está sobre la mesa, crees que lo cargarías todos los días. Tómatelo en serio: hay heridas que se quedan por muy bien que se porte la otra persona. Saber eso de ti es honesto, no injusto.
leaving-decision-room = Puedes imaginar que esto quede atrás, y te están ofreciendo lo que necesitas. Quizá haya margen para reparar, si lo quieres. Quedarte sería una elección real, no una incapacidad para irte, y irte sigue siendo una opción tuya.
leaving-decision-between = Estás en un punto intermedio, y es un lugar honesto donde estar. No tienes que decidir hoy, y no haber decidido todavía no es lo mismo que estar atascada o atascado.
leaving-deserve-offered = La transparencia que llega sola, sin que tengas que ir detrás de ella, es la materia de la reparación. Las palabras justo después de ser descubierto son fáciles; lo que cuenta es lo que sigue pasando.
leaving-deserve-partly = Las promesas que se hacen justo después de ser descubierto cuestan poco. La confianza vuelve con un comportamiento constante a lo largo del tiempo. Es justo esperar a verlo antes de decidir, y también es justo decidir que no va a llegar.
leaving-deserve-not-offered = Si no te ofrecen lo que necesitas, quedarte significaría sostener la reparación tú sola o tú solo. Mereces a alguien que te acompañe en el dolor, no a alguien a quien tengas que convencer de que duele.
leaving-deserve-not-asked = Todavía no has dicho lo que necesitas. Si puedes hacerlo sin riesgo, decirlo una vez, con claridad, y ver la respuesta puede decirte mucho: cómo responde alguien a una petición clara suele decir más que lo que hizo.
leaving-deserve-not-asked-safety = No has dicho lo que necesitas y, con miedo de por medio, no tienes por qué ponerlo a prueba con esa persona. Tu seguridad va primero; una línea de apoyo puede ayudarte a pensar el resto.
leaving-decision-yours = Esto refleja lo que me contaste; no es un veredicto. Quedarte e irte son igual de válidos, y la decisión y sus tiempos son tuyos.
leaving-decision-both-valid = Hay quien atraviesa esto y sale con algo más sólido. Hay quien sabe que le acompañaría siempre y prefiere irse antes que cargarlo.

leaving-telling =
    Si decides decírselo, hay cosas que lo hacen más llevadero:

    • Elige un momento tranquilo y un sitio del que puedas irte cuando quieras. No en plena discusión ni de madrugada.
    • Di la decisión con claridad, en una o dos frases. Es una decisión, no una primera oferta: no tienes que demostrar nada.
    • Si te pide todos los motivos, con uno sincero basta.
    • Espera reacciones fuertes: lágrimas, promesas, enfado, reproches. Puedes escucharlas sin volver a decidirlo todo en ese momento.
    • Piensa en las horas de después: a quién vas a llamar, dónde vas a dormir esa noche.

    Si te da miedo cómo pueda reaccionar, no lo hagas a solas ni cara a cara. Habla antes con una línea de apoyo.
leaving-telling-words-btn = Cómo ponerlo en palabras
leaving-afraid-btn = Me da miedo cómo pueda reaccionar

leaving-telling-words =
    Una estructura que suele funcionar: lo que has decidido, un motivo sincero y lo que pasa ahora.

    «Llevo mucho tiempo pensándolo. No puedo reconstruir la confianza después de lo que pasó, y he decidido terminar. Esta semana me quedo en casa de una amiga, y lo práctico lo vemos después».

    Hay respuestas que pueden arrastrarte otra vez a la discusión:
    • «No fue nada». No hace falta coincidir en lo grave que fue para saber con qué puedes vivir.
    • «Estás exagerando». Lo que necesita tu confianza lo juzgas tú.
    • «Voy a cambiar, te lo prometo». Puede ser. Aun así, puedes decidir no quedarte a comprobarlo.

    No tienes que ganar ninguna de estas. «Te escucho, y mi decisión sigue en pie» es suficiente.

leaving-telling-safe =
    Con miedo o control de por medio, no voy a ayudarte a preparar cómo decírselo cara a cara. Los días en torno a una separación suelen ser los más peligrosos, así que el cómo y el cuándo conviene planearlos con alguien formado justo para eso.

    Una línea de atención a la violencia de pareja puede ayudarte a pensar:
    • si decírselo o no antes de estar en un lugar seguro;
    • cómo tener a mano el teléfono, los documentos y algo de dinero;
    • quién conoce tu plan, y una palabra clave que puedas enviar si necesitas ayuda.

    Son gratuitas y confidenciales, y no necesitas haber decidido nada para llamar.

leaving-people =
    Irse, o incluso planteárselo, pesa demasiado para llevarlo sola o solo.

    • Elige a una o dos personas que estén de tu lado y sepan guardarlo. No tienes que contárselo a todo el mundo, ni contarlo todo.
    • Pide algo concreto: dormir en su sofá una noche, compañía el día que se lo digas, ayuda con una mudanza, una llamada cada noche.
    • Habrá quien tenga opiniones firmes sobre lo que deberías hacer. Puedes agradecérselo y decidir igualmente por tu cuenta.
    • Si durante la relación te alejaste de amistades o familia, volver a escribirles puede dar apuro. La mayoría se alegra de saber de ti, y un mensaje corto basta para empezar.

    Si ahora mismo no tienes a nadie, las líneas de apoyo también están para esto: /sos.

leaving-self-care =
    Decidas lo que decidas, las semanas que lo rodean agotan.

    • Mantén lo básico: dormir, comer, moverte un poco, que te dé la luz del día. En una semana dura no son un lujo.
    • El duelo puede llegar aunque irte sea tu elección. Echar de menos a alguien y saber que hiciste bien pueden ser verdad a la vez.
    • Tómate distancia de sus perfiles y sus mensajes. Mirarlos rara vez trae el alivio que promete.
    • No tomes grandes decisiones a las tres de la mañana. Apunta la idea y mírala a la luz del día.
    • Devuélvele un poco de tiempo a algo que disfrutabas antes de que todo esto ocupara tanto.

    Si los días malos se acumulan o lo cotidiano deja de funcionar, habla con alguien: tu médico, un psicólogo, o /sos si sientes que es urgente.

leaving-professional =
    Dónde puede ayudar un profesional:

    • Terapia individual: para aclarar qué quieres, para hacer el duelo o para volver a fiarte de tu propio criterio después de haber sido engañada o engañado. Sirve tanto si te quedas como si te vas.
    • Terapia de pareja, si ambos están dispuestos y aún no han decidido: puede ayudar a ver si lo que pasó es síntoma de algo que se podría trabajar en pareja, o el problema en sí. No se recomienda cuando hay miedo o control en la relación.
    • Un abogado o un mediador, si comparten casa, hijos, dinero o un contrato de alquiler: conocer tus opciones pronto hace que lo práctico asuste menos.
    • Un servicio de atención a la violencia de pareja, si tienes miedo de tu pareja: planear una salida segura es justo lo que hacen.

leaving-end = Gracias por dedicarle este tiempo. Decidas lo que decidas, y cuando lo decidas, la decisión es tuya. Puedes volver a cualquier parte desde el menú.
leaving-if-staying = Si intentamos superarlo juntos
